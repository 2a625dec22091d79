package org.jiceng.core.rest.internal;

import java.net.URI;
import java.util.List;

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
import org.jiceng.common.Validator;
import org.jiceng.scoring.RollUp;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.ScoreSheet;
import org.jiceng.scoring.ScoringService;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The scoring and ranking engine. */
@Component(service = ScoringResource.class)
@JaxrsResource
@Path("scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring and ranking", description = "考核排名: weighted indicators per period, ranks with ties, grades, last-place flags, roll-ups")
public class ScoringResource {
    private final ScoringService scoring;

    @Activate
    public ScoringResource(@Reference ScoringService scoring) {
        this.scoring = scoring;
    }

    @POST
    @Path("schemes")
    @Operation(summary = "Define a scheme: subject kind, period kind, indicators (weight, maximum, MANUAL or METRIC), grade bands, last-place rule")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Scheme.class)))
    public Response create(Scheme scheme) {
        Scheme created = scoring.create(Params.body(scheme));
        return Response.created(URI.create("scoring/schemes/" + created.id())).entity(created).build();
    }

    @GET
    @Path("schemes")
    @Operation(summary = "Schemes, optionally of one jurisdiction or module")
    public Page<Scheme> list(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("module") String module,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return scoring.list(JurisdictionResource.blankToNull(jurisdiction), JurisdictionResource.blankToNull(module),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), null, java.util.Set.of("id")));
    }

    @GET
    @Path("schemes/{id}")
    @Operation(summary = "One scheme")
    public Scheme get(@PathParam("id") String id) {
        return scoring.get(Params.pathId("id", id));
    }

    @PUT
    @Path("schemes/{id}/periods/{period}/scores")
    @Operation(summary = "Enter or replace manual scores of a period (one sheet per subject, with its name, jurisdiction and ranking group)")
    public Response enter(@PathParam("id") String id, @PathParam("period") String period, List<ScoreSheet> sheets) {
        scoring.enter(Params.pathId("id", id), period, Params.body(sheets));
        return Response.noContent().build();
    }

    @POST
    @Path("schemes/{id}/periods/{period}/compute")
    @Operation(summary = "Compute metric values, totals, ranks (ties share a rank), grades and last-place streaks of a period")
    public List<SubjectResult> compute(@PathParam("id") String id, @PathParam("period") String period) {
        return scoring.compute(Params.pathId("id", id), period);
    }

    @GET
    @Path("schemes/{id}/periods/{period}/results")
    @Operation(summary = "Computed results, by rank; filter one ranking group or the flagged subjects")
    public Page<SubjectResult> results(@PathParam("id") String id, @PathParam("period") String period, @QueryParam("group") String group,
            @QueryParam("flagged") String flagged, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return scoring.results(Params.pathId("id", id), period, JurisdictionResource.blankToNull(group), Params.bool("flagged", flagged),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, ScoringService.RESULT_SORTABLE));
    }

    @GET
    @Path("schemes/{id}/periods")
    @Operation(summary = "The periods that have computed results, latest first")
    public List<String> periods(@PathParam("id") String id) {
        return scoring.periods(Params.pathId("id", id));
    }

    @GET
    @Path("schemes/{id}/periods/{period}/rollup")
    @Operation(summary = "Totals aggregated over a jurisdiction and each jurisdiction directly below it")
    public List<RollUp> rollUp(@PathParam("id") String id, @PathParam("period") String period,
            @Parameter(required = true, description = "the subtree (accounts below admin: their own by default)") @QueryParam("jurisdiction") String jurisdiction) {
        new Validator().require("jurisdiction", jurisdiction).throwIfInvalid();
        return scoring.rollUp(Params.pathId("id", id), period, jurisdiction.trim());
    }
}
