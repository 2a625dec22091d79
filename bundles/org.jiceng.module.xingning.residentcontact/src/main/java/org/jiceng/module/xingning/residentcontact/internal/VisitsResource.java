package org.jiceng.module.xingning.residentcontact.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Household visits under {@code /api/v1/jurisdictions/{code}/xingning-resident-contact/visits}. */
@Component(service = VisitsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {
    private final Visits visits;

    @Activate
    public VisitsResource(@Reference Visits visits) {
        this.visits = visits;
    }

    @GET
    public Page<VisitView> list(@PathParam("code") String code, @QueryParam("village") String village, @QueryParam("memberId") String memberId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Visits.SORTABLE);
        return visits.list(code, village, Params.id("memberId", memberId), Params.date("from", from), Params.date("to", to), paging);
    }

    /** A stationed cadre's round of a day, one visit per household; 422 visit-in-future, cadre-not-stationed, households-exceeded. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the visit as recorded, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Visits.Recorded.class)))
    public Response record(@PathParam("code") String code, Visits.NewVisits input) {
        Visits.Recorded recorded = visits.record(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/visits/" + recorded.visits.get(0).id)).entity(recorded)
                .build();
    }

    @GET
    @Path("{visitId}")
    public VisitView get(@PathParam("code") String code, @PathParam("visitId") String id) {
        return visits.get(code, Params.pathId("visitId", id));
    }
}
