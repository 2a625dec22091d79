package org.jiceng.module.xingning.towncongress.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Proposals through handling and reply: {@code …/xingning-town-congress/proposals}. */
@Component(service = ProposalsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {
    private final Proposals proposals;
    private final Delegates places;

    @Activate
    public ProposalsResource(@Reference Proposals proposals, @Reference Delegates places) {
        this.proposals = proposals;
        this.places = places;
    }

    @GET
    public Page<Views.Proposal> list(@PathParam("code") String code, @QueryParam("town") String town, @QueryParam("sessionId") String sessionId,
            @QueryParam("year") String year, @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        List<String> towns = town == null || town.isBlank() ? places.townsOf(code) : List.of(places.town(code, town, "town").code());
        return proposals.list(code, Params.id("sessionId", sessionId), Params.integer("year", year),
                Params.enumOf(ProposalStatus.class, "status", status),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Proposals.SORTABLE), towns);
    }

    @GET
    @Path("{id}")
    public Views.Proposal get(@PathParam("code") String code, @PathParam("id") String id) {
        return proposals.get(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/accept")
    public Views.Proposal accept(@PathParam("code") String code, @PathParam("id") String id, Proposals.Acceptance in) {
        return proposals.accept(code, Params.pathId("id", id), Params.body(in));
    }

    @POST
    @Path("{id}/assign")
    public Views.Proposal assign(@PathParam("code") String code, @PathParam("id") String id, Proposals.Assignment in) {
        return proposals.assign(code, Params.pathId("id", id), Params.body(in));
    }

    @POST
    @Path("{id}/handle")
    public Views.Proposal handle(@PathParam("code") String code, @PathParam("id") String id, Proposals.Handling in) {
        return proposals.handle(code, Params.pathId("id", id), Params.body(in));
    }

    @POST
    @Path("{id}/reply")
    public Views.Proposal reply(@PathParam("code") String code, @PathParam("id") String id, Proposals.Reply in) {
        return proposals.reply(code, Params.pathId("id", id), Params.body(in));
    }
}
