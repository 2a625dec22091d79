package org.jiceng.module.guangzong.studytraining.internal;

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

/** REST of the 3-year no-post training plans under {@code …/guangzong-study-and-training/plans}. */
@Component(service = PlansResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {
    private final Plans plans;

    @Activate
    public PlansResource(@Reference Plans plans) {
        this.plans = plans;
    }

    /** Body of POST /plans and PUT /plans/{id} (whose start year stays). */
    public static class PlanInput {
        public String title;
        public Integer startYear;
        public String content;
        public Long version;
    }

    @GET
    public Page<PlanView> list(@PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return plans.list(code, PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Plans.SORTABLE));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the plan as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response create(@PathParam("code") String code, PlanInput input) {
        PlanInput b = Params.body(input);
        PlanView created = plans.create(code, new Plans.NewPlan(b.title, b.startYear, b.content));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/plans/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id}")
    public PlanView get(@PathParam("code") String code, @PathParam("id") String id) {
        return plans.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}")
    public PlanView update(@PathParam("code") String code, @PathParam("id") String id, PlanInput input) {
        PlanInput b = Params.body(input);
        return plans.update(code, Params.pathId("id", id), new Plans.NewPlan(b.title, null, b.content), b.version);
    }
}
