package org.jiceng.module.shunyi.indicators.internal;

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

/** Folded projects under {@code /api/v1/jurisdictions/{code}/shunyi-indicators/projects}. */
@Component(service = ProjectsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {
    private final Projects projects;

    @Activate
    public ProjectsResource(@Reference Projects projects) {
        this.projects = projects;
    }

    /** Projects of the subtree by year, work point, domain, unit and progress (DONE, DONE_LATE, DUE, SLIPPING), with their milestones. */
    @GET
    public Page<ProjectView> list(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("workItemNumber") String workItemNumber,
            @QueryParam("domain") String domain, @QueryParam("unit") String unit, @QueryParam("progress") String progress,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Projects.SORTABLE);
        return projects.list(code, Params.integer("year", year), Params.integer("workItemNumber", workItemNumber),
                Params.enumOf(PartyDomain.class, "domain", domain), unit, Params.enumOf(Progress.class, "progress", progress), paging);
    }

    /**
     * Creates a project and schedules its milestones backwards from the deadline; 422
     * schedule-does-not-fit, work-item-not-in-work-points, indicator-not-in-system.
     */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the project as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response create(@PathParam("code") String code, Projects.NewProject input) {
        ProjectView created = projects.create(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/projects/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{projectId}")
    public ProjectView get(@PathParam("code") String code, @PathParam("projectId") String id) {
        return projects.get(code, Params.pathId("projectId", id));
    }
}
