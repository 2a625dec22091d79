package org.jiceng.module.guangzong.inspectiontours.internal;

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

/** Units inspected under {@code /api/v1/jurisdictions/{code}/guangzong-inspection-tours/visits}. */
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

    /** Visits of the subtree by round, mode, unit kind and year. */
    @GET
    public Page<VisitView> list(@PathParam("code") String code, @QueryParam("roundId") String roundId, @QueryParam("mode") String mode,
            @QueryParam("unitKind") String unitKind, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Visits.SORTABLE);
        return visits.list(code, Params.id("roundId", roundId), Params.enumOf(Mode.class, "mode", mode),
                Params.enumOf(UnitKind.class, "unitKind", unitKind),
                TourFigures.checkedYear(Params.integer("year", year)), paging);
    }

    /** Records a unit inspected in a round; 422 outside-round-period, round-closed, inspector-not-in-round, unit-already-inspected, nothing-to-follow-up. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the visit as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response record(@PathParam("code") String code, Visits.NewVisit input) {
        VisitView created = visits.record(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/visits/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{visitId}")
    public VisitView get(@PathParam("code") String code, @PathParam("visitId") String id) {
        return visits.get(code, Params.pathId("visitId", id));
    }
}
