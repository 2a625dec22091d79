package org.jiceng.module.guangzong.inspectiontours.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

/** The county's rounds under {@code /api/v1/jurisdictions/{code}/guangzong-inspection-tours/rounds}. */
@Component(service = RoundsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundsResource {
    private final Rounds rounds;

    @Activate
    public RoundsResource(@Reference Rounds rounds) {
        this.rounds = rounds;
    }

    /** Rounds by the year they started, each with its inspectors, visits and how far its findings got. */
    @GET
    public Page<RoundView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Rounds.SORTABLE);
        return rounds.list(code, TourFigures.checkedYear(Params.integer("year", year)), paging);
    }

    /** Opens a round at the county; 422 rounds-at-county, round-number-taken. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the round as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = RoundView.class)))
    public Response open(@PathParam("code") String code, Rounds.NewRound input) {
        RoundView created = rounds.open(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/rounds/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{roundId}")
    public RoundView get(@PathParam("code") String code, @PathParam("roundId") String id) {
        return rounds.get(code, Params.pathId("roundId", id));
    }

    /** Closes the round; 422 findings-not-verified, round-closed; 409 on a stale version. */
    @PUT
    @Path("{roundId}/close")
    public RoundView close(@PathParam("code") String code, @PathParam("roundId") String id, Rounds.Closing input) {
        return rounds.close(code, Params.pathId("roundId", id), Params.body(input));
    }
}
