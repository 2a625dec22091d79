package org.jiceng.module.shunyi.indicators.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Milestones of folded projects under {@code /api/v1/jurisdictions/{code}/shunyi-indicators/milestones}. */
@Component(service = MilestonesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestonesResource {
    private final Projects projects;

    @Activate
    public MilestonesResource(@Reference Projects projects) {
        this.projects = projects;
    }

    /** Milestones of the subtree by project, unit and progress (SLIPPING: their day passed undone), by due day. */
    @GET
    public Page<MilestoneView> list(@PathParam("code") String code, @QueryParam("projectId") String projectId, @QueryParam("unit") String unit,
            @QueryParam("progress") String progress, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, java.util.Set.of("id", "dueOn"));
        return projects.milestones(code, Params.id("projectId", projectId), unit, Params.enumOf(Progress.class, "progress", progress), paging);
    }

    @GET
    @Path("{milestoneId}")
    public MilestoneView get(@PathParam("code") String code, @PathParam("milestoneId") String id) {
        return projects.milestone(code, Params.pathId("milestoneId", id));
    }

    /** The unit reports the milestone done; 422 milestone-out-of-order, milestone-already-done. */
    @PUT
    @Path("{milestoneId}/completion")
    public MilestoneView complete(@PathParam("code") String code, @PathParam("milestoneId") String id, Completion input) {
        return projects.completeMilestone(code, Params.pathId("milestoneId", id), Params.body(input));
    }
}
