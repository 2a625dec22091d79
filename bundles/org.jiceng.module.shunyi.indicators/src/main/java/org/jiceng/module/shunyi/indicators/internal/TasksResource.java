package org.jiceng.module.shunyi.indicators.internal;

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

/** The indicators' tasks under {@code /api/v1/jurisdictions/{code}/shunyi-indicators/tasks}. */
@Component(service = TasksResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {
    private final Tasks tasks;

    @Activate
    public TasksResource(@Reference Tasks tasks) {
        this.tasks = tasks;
    }

    /** Tasks of the subtree by year, indicator, domain, unit and progress (DONE, DONE_LATE, DUE, SLIPPING). */
    @GET
    public Page<TaskView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("indicatorCode") String indicatorCode,
            @QueryParam("domain") String domain, @QueryParam("unit") String unit, @QueryParam("progress") String progress,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Tasks.SORTABLE);
        return tasks.list(code, Params.integer("year", year), indicatorCode, Params.enumOf(PartyDomain.class, "domain", domain), unit,
                Params.enumOf(Progress.class, "progress", progress), paging);
    }

    /** Assigns a task of an indicator to a unit (at the county); 422 indicator-not-in-system, task-code-taken. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the task as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response create(@PathParam("code") String code, Tasks.NewTask input) {
        TaskView created = tasks.create(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/tasks/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{taskId}")
    public TaskView get(@PathParam("code") String code, @PathParam("taskId") String id) {
        return tasks.get(code, Params.pathId("taskId", id));
    }

    /** The unit reports the task done; 422 task-already-done. */
    @PUT
    @Path("{taskId}/completion")
    public TaskView complete(@PathParam("code") String code, @PathParam("taskId") String id, Completion input) {
        return tasks.complete(code, Params.pathId("taskId", id), Params.body(input));
    }
}
