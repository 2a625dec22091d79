package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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

/** Objections to nominees on the public notice and their resolution. Under {@code /api/v1/jurisdictions/{code}/wugang-good-cadres/objections}. */
@Component(service = ObjectionsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/objections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectionsResource {
    private final Objections objections;

    @Activate
    public ObjectionsResource(@Reference Objections objections) {
        this.objections = objections;
    }

    /** Body of PUT objections/{id}/resolution. */
    public static class Resolution {
        public Boolean upheld;
        public String finding;
        public LocalDate resolvedOn;
        public Long version;
    }

    @GET
    public Page<ObjectionView> list(@PathParam("code") String code, @QueryParam("campaignId") String campaignId,
            @QueryParam("nominationId") String nominationId, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Objections.SORTABLE);
        return objections.list(code, Params.id("campaignId", campaignId), Params.id("nominationId", nominationId),
                Params.enumOf(ObjectionStatus.class, "status", status), paging);
    }

    @GET
    @Path("{objectionId}")
    public ObjectionView get(@PathParam("code") String code, @PathParam("objectionId") String objectionId) {
        return objections.get(code, Params.pathId("objectionId", objectionId));
    }

    /** What looking into the objection found: upheld (the nominee cannot pass the notice) or dismissed. */
    @PUT
    @Path("{objectionId}/resolution")
    public ObjectionView resolve(@PathParam("code") String code, @PathParam("objectionId") String objectionId, Resolution input) {
        Resolution in = Params.body(input);
        return objections.resolve(code, Params.pathId("objectionId", objectionId),
                new Objections.Resolution(in.upheld, in.finding, in.resolvedOn, in.version), LocalDate.now());
    }
}
