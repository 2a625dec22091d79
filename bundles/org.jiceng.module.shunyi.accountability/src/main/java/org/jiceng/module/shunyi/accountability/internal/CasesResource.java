package org.jiceng.module.shunyi.accountability.internal;

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

/** Accountability cases under {@code /api/v1/jurisdictions/{code}/shunyi-accountability/cases}. */
@Component(service = CasesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {
    private final Cases cases;

    @Activate
    public CasesResource(@Reference Cases cases) {
        this.cases = cases;
    }

    /** Cases of the subtree, by state, penalty, the behaviour's class and the problem. */
    @GET
    public Page<CaseView> list(@PathParam("code") String code, @QueryParam("state") String state, @QueryParam("penalty") String penalty,
            @QueryParam("classCode") String classCode, @QueryParam("problemId") String problemId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Cases.SORTABLE);
        return cases.list(code, Params.enumOf(CaseState.class, "state", state), Params.enumOf(Penalty.class, "penalty", penalty), classCode,
                Params.id("problemId", problemId), paging);
    }

    /** Opens a case classified against the catalogue; 422 behaviour-not-in-catalogue. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the case as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response open(@PathParam("code") String code, Cases.NewCase input) {
        CaseView created = cases.open(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/cases/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{caseId}")
    public CaseView get(@PathParam("code") String code, @PathParam("caseId") String id) {
        return cases.get(code, Params.pathId("caseId", id));
    }

    /** Decides an open case with a penalty, or closes it without liability; 422 case-already-decided. */
    @PUT
    @Path("{caseId}/decision")
    public CaseView decide(@PathParam("code") String code, @PathParam("caseId") String id, Cases.Decision input) {
        return cases.decide(code, Params.pathId("caseId", id), Params.body(input));
    }
}
