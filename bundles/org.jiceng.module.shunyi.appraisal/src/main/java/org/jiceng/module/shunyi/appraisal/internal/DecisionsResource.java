package org.jiceng.module.shunyi.appraisal.internal;

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

/** Decisions on the use of the results under {@code /api/v1/jurisdictions/{code}/shunyi-appraisal/decisions}. */
@Component(service = DecisionsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionsResource {
    private final Decisions decisions;

    @Activate
    public DecisionsResource(@Reference Decisions decisions) {
        this.decisions = decisions;
    }

    /** Decisions of the subtree by year, unit, grade and measure. */
    @GET
    public Page<DecisionView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("unitId") String unitId,
            @QueryParam("grade") String grade, @QueryParam("measure") String measure, @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Decisions.SORTABLE);
        return decisions.list(code, Params.integer("year", year), Params.id("unitId", unitId), grade,
                Params.enumOf(Measure.class, "measure", measure),
                paging);
    }

    /** Records a measure of the unit's grade against the unit or a person of it; 422 results-not-computed, measure-not-for-grade. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the decision as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public Response decide(@PathParam("code") String code, Decisions.NewDecision input) {
        DecisionView created = decisions.decide(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/decisions/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{decisionId}")
    public DecisionView get(@PathParam("code") String code, @PathParam("decisionId") String id) {
        return decisions.get(code, Params.pathId("decisionId", id));
    }
}
