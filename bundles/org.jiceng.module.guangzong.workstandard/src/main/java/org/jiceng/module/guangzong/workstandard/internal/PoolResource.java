package org.jiceng.module.guangzong.workstandard.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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

/** The young cadre pool, under {@code …/guangzong-work-standard/pool}: selection, cultivation, assessment, appointment or leaving. */
@Component(service = PoolResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/pool")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {
    private final Pool pool;

    @Activate
    public PoolResource(@Reference Pool pool) {
        this.pool = pool;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the pool as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PoolView.class)))
    public Response select(@PathParam("code") String code, PoolInputs.Selection input) {
        PoolView p = pool.select(code, Params.body(input), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/pool/" + p.id)).entity(p).build();
    }

    @GET
    public Page<PoolView> list(@PathParam("code") String code, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Pool.SORTABLE);
        return pool.list(code, Params.enumOf(PoolStatus.class, "status", status), paging);
    }

    /** The pool's figures in the scope: in the pool, appointed, left, cultivation and assessments. */
    @GET
    @Path("figures")
    public PoolFigures figures(@PathParam("code") String code) {
        return pool.figures(code);
    }

    @GET
    @Path("{id}")
    public PoolView get(@PathParam("code") String code, @PathParam("id") String id) {
        return pool.get(code, Params.pathId("id", id));
    }

    @GET
    @Path("{id}/cultivation")
    public List<CultivationEntity> cultivation(@PathParam("code") String code, @PathParam("id") String id) {
        return pool.cultivation(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/cultivation")
    @ApiResponse(responseCode = "201", description = "Created: the cultivation as stored, with its id", content = @Content(schema = @Schema(implementation = CultivationEntity.class)))
    public Response cultivate(@PathParam("code") String code, @PathParam("id") String id, PoolInputs.Cultivation input) {
        return Response.status(Response.Status.CREATED).entity(pool.cultivate(code, Params.pathId("id", id), Params.body(input))).build();
    }

    @GET
    @Path("{id}/assessments")
    public List<AssessmentEntity> assessments(@PathParam("code") String code, @PathParam("id") String id) {
        return pool.assessments(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/assessments")
    @ApiResponse(responseCode = "201", description = "Created: the assessment as stored, with its id", content = @Content(schema = @Schema(implementation = AssessmentEntity.class)))
    public Response assess(@PathParam("code") String code, @PathParam("id") String id, PoolInputs.Assessment input) {
        return Response.status(Response.Status.CREATED).entity(pool.assess(code, Params.pathId("id", id), Params.body(input), LocalDate.now()))
                .build();
    }

    @POST
    @Path("{id}/appointment")
    public PoolView appoint(@PathParam("code") String code, @PathParam("id") String id, PoolInputs.Appointment input) {
        return pool.appoint(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }

    @POST
    @Path("{id}/leaving")
    public PoolView leave(@PathParam("code") String code, @PathParam("id") String id, PoolInputs.Leaving input) {
        return pool.leave(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }
}
