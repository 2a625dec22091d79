package org.jiceng.module.shunyi.innovationcases.internal;

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

/** The case library under {@code /api/v1/jurisdictions/{code}/shunyi-innovation-cases/cases}. */
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

    /** Cases submitted in the subtree with their number of adoptions; by state, area and implementing module. */
    @GET
    public Page<CaseView> list(@PathParam("code") String code, @QueryParam("state") String state, @QueryParam("area") String area,
            @QueryParam("moduleId") String moduleId, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Cases.SORTABLE);
        return cases.list(code, Params.enumOf(CaseState.class, "state", state), Params.enumOf(CaseArea.class, "area", area), moduleId, paging);
    }

    /** A unit submits a case. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the case as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response submit(@PathParam("code") String code, Cases.CaseInput input) {
        CaseView created = cases.submit(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/cases/" + created.id)).entity(created).build();
    }

    /** One case in full, with its adoptions. */
    @GET
    @Path("{caseId}")
    public CaseView get(@PathParam("code") String code, @PathParam("caseId") String id) {
        return cases.get(code, Params.pathId("caseId", id));
    }

    /** Its unit edits a submitted or returned case (a returned one is so resubmitted); 422 case-locked once admitted. */
    @PUT
    @Path("{caseId}")
    public CaseView update(@PathParam("code") String code, @PathParam("caseId") String id, Cases.CaseInput input) {
        return cases.update(code, Params.pathId("caseId", id), Params.body(input));
    }

    /** The district admits a mature case or returns it with an opinion; 422 case-not-mature, case-not-submitted, library-kept-by-district. */
    @PUT
    @Path("{caseId}/review")
    public CaseView review(@PathParam("code") String code, @PathParam("caseId") String id, Cases.Review input) {
        return cases.review(code, Params.pathId("caseId", id), Params.body(input));
    }

    /** The district promotes an admitted case; 422 case-not-admitted. */
    @PUT
    @Path("{caseId}/promotion")
    public CaseView promote(@PathParam("code") String code, @PathParam("caseId") String id, Cases.Promotion input) {
        return cases.promote(code, Params.pathId("caseId", id), Params.body(input));
    }

    /** The district records a unit that took a promoted case up; 422 case-not-promoted, case-own-unit, case-already-adopted. */
    @POST
    @Path("{caseId}/adoptions")
    @ApiResponse(responseCode = "201", description = "Created: the adoption as stored, with its id", content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    public Response adopt(@PathParam("code") String code, @PathParam("caseId") String id, Cases.NewAdoption input) {
        AdoptionView created = cases.adopt(code, Params.pathId("caseId", id), Params.body(input));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
