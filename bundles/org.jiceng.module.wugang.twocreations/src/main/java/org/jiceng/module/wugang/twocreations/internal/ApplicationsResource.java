package org.jiceng.module.wugang.twocreations.internal;

import java.net.URI;
import java.time.LocalDate;
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

import org.jiceng.checklist.Evaluation;
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

/**
 * Applications (创建申报) and their self-check, cross-inspection and acceptance. Under
 * {@code /api/v1/jurisdictions/{code}/wugang-two-creations/applications}: the core routes a module's
 * requests to the resource class whose literal path follows the module id, and answers 404 before
 * this is reached wherever the module is not enabled.
 */
@Component(service = ApplicationsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {
    private final Applications applications;

    @Activate
    public ApplicationsResource(@Reference Applications applications) {
        this.applications = applications;
    }

    /** Body of POST applications. */
    public static class ApplicationInput {
        public Long organizationId;
        public String level;
        public Integer year;
    }

    /** Body of PUT applications/{id}/acceptance. */
    public static class Decision {
        public Boolean approve;
        public String note;
        public Long version;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the application as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response apply(@PathParam("code") String code, ApplicationInput input) {
        ApplicationInput body = Params.body(input);
        ApplicationView a = applications.apply(code, body.organizationId, Params.enumOf(CreationLevel.class, "level", body.level), body.year,
                LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/applications/" + a.id)).entity(a).build();
    }

    @GET
    public Page<ApplicationView> list(@PathParam("code") String code, @QueryParam("level") String level, @QueryParam("year") String year,
            @QueryParam("stage") String stage, @QueryParam("township") String township, @QueryParam("organizationId") String organizationId,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Applications.SORTABLE);
        Applications.Filter filter = new Applications.Filter(Params.enumOf(CreationLevel.class, "level", level), Params.integer("year", year),
                Params.enumOf(Stage.class, "stage", stage), township == null || township.isBlank() ? null : township.trim(),
                Params.id("organizationId", organizationId));
        return applications.list(code, filter, paging);
    }

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("code") String code, @PathParam("id") String id) {
        return applications.get(code, Params.pathId("id", id));
    }

    /** The application's evaluations in the checklist engine (self-check, then cross-inspection), with every answer. */
    @GET
    @Path("{id}/evaluations")
    public List<Evaluation> evaluations(@PathParam("code") String code, @PathParam("id") String id) {
        return applications.evaluations(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/self-check")
    public ApplicationView selfCheck(@PathParam("code") String code, @PathParam("id") String id, EvaluationInput input) {
        return applications.selfCheck(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }

    @POST
    @Path("{id}/cross-inspection")
    public ApplicationView crossInspect(@PathParam("code") String code, @PathParam("id") String id, EvaluationInput input) {
        return applications.crossInspect(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }

    @PUT
    @Path("{id}/acceptance")
    public ApplicationView decide(@PathParam("code") String code, @PathParam("id") String id, Decision input) {
        Decision body = Params.body(input);
        return applications.decide(code, Params.pathId("id", id), body.approve, body.note, body.version, LocalDate.now());
    }
}
