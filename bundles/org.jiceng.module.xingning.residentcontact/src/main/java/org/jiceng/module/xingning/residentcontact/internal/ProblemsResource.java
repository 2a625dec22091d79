package org.jiceng.module.xingning.residentcontact.internal;

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

/** Residents' problems under {@code /api/v1/jurisdictions/{code}/xingning-resident-contact/problems}; each is a problem of the core's engine too. */
@Component(service = ProblemsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemsResource {
    private final ResidentProblems problems;

    @Activate
    public ProblemsResource(@Reference ResidentProblems problems) {
        this.problems = problems;
    }

    /** Problems of the subtree by village, town, level, state (open, resolved, overdue) and year raised. */
    @GET
    public Page<ProblemView> list(@PathParam("code") String code, @QueryParam("village") String village, @QueryParam("town") String town,
            @QueryParam("level") String level, @QueryParam("state") String state, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, ResidentProblems.SORTABLE);
        return problems.list(code, village, town, Params.enumOf(Level.class, "level", level),
                Params.enumOf(ResidentProblems.State.class, "state", state == null ? null : state.toUpperCase(java.util.Locale.ROOT)),
                Params.integer("year", year), paging);
    }

    /** Collects a resident's problem for the village to handle; 422 visit-not-of-village. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the problem as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response collect(@PathParam("code") String code, ResidentProblems.NewProblem input) {
        ProblemView created = problems.collect(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/problems/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{problemId}")
    public ProblemView get(@PathParam("code") String code, @PathParam("problemId") String id) {
        return problems.get(code, Params.pathId("problemId", id));
    }

    /** To the level above (town, then city); 422 escalation-beyond-city, problem-already-resolved. */
    @PUT
    @Path("{problemId}/escalate")
    public ProblemView escalate(@PathParam("code") String code, @PathParam("problemId") String id, ResidentProblems.Escalation input) {
        return problems.escalate(code, Params.pathId("problemId", id), Params.body(input));
    }

    /** Resolved at the level handling it; 422 problem-already-resolved. */
    @PUT
    @Path("{problemId}/resolve")
    public ProblemView resolve(@PathParam("code") String code, @PathParam("problemId") String id, ResidentProblems.Resolution input) {
        return problems.resolve(code, Params.pathId("problemId", id), Params.body(input));
    }
}
