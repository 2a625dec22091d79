package org.jiceng.module.xingning.rotationtalent.internal;

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

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.PostLevel;
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
 * Rotation REST under {@code /api/v1/jurisdictions/{code}/xingning-rotation-and-talent/rotation}.
 * The core answers 404 before this is reached wherever the module is not enabled.
 */
@Component(service = RotationResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/rotation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RotationResource {
    private final Rotations rotations;
    private final RotationFiguresService figures;

    @Activate
    public RotationResource(@Reference Rotations rotations, @Reference RotationFiguresService figures) {
        this.rotations = rotations;
        this.figures = figures;
    }

    /** Body of POST /plans. */
    public static class NewPlan {
        public Integer year;
        public String title;
        public String note;
    }

    /** Body of POST /plans/{id}/moves. */
    public static class NewMove {
        public Long positionId;
        public String toUnit;
        public String toJurisdictionCode;
        public String toTitle;
        public CadreRank toRank;
        public PostLevel toLevel;
        public String exceptionReason;
    }

    /** Body of POST /moves/{id}/approve, /execute and /defer. */
    public static class Transition {
        public Long version;
        /** The day a move is carried out (today when absent). */
        public LocalDate on;
        /** Why a move is deferred. */
        public String reason;
    }

    static int yearOr(String year) {
        return year == null || year.isBlank() ? LocalDate.now().getYear() : Params.year("year", year);
    }

    @GET
    @Path("due")
    public List<DueCadre> due(@PathParam("code") String code, @QueryParam("year") String year) {
        return rotations.due(code, yearOr(year));
    }

    @GET
    @Path("plans")
    public Page<PlanView> plans(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Rotations.PLAN_SORTABLE);
        return rotations.plans(code, year == null || year.isBlank() ? null : Params.year("year", year), paging);
    }

    @POST
    @Path("plans")
    @ApiResponse(responseCode = "201", description = "Created: the plan as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response createPlan(@PathParam("code") String code, NewPlan input) {
        NewPlan b = Params.body(input);
        PlanView created = rotations.createPlan(code, new Rotations.NewPlan(b.year, b.title, b.note), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/rotation/plans/" + created.id)).entity(created)
                .build();
    }

    @GET
    @Path("plans/{id}")
    public PlanView plan(@PathParam("code") String code, @PathParam("id") String id) {
        return rotations.plan(code, Params.pathId("id", id));
    }

    @POST
    @Path("plans/{id}/moves")
    @ApiResponse(responseCode = "201", description = "Created: the move as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = MoveView.class)))
    public Response propose(@PathParam("code") String code, @PathParam("id") String id, NewMove input) {
        NewMove b = Params.body(input);
        MoveView created = rotations.propose(code, Params.pathId("id", id),
                new Rotations.NewMove(b.positionId, b.toUnit, b.toJurisdictionCode, b.toTitle, b.toRank, b.toLevel, b.exceptionReason),
                LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/rotation/moves/" + created.id)).entity(created)
                .build();
    }

    @GET
    @Path("moves")
    public Page<MoveView> moves(@PathParam("code") String code, @QueryParam("plan") String plan, @QueryParam("year") String year,
            @QueryParam("status") String status, @QueryParam("town") String town, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Rotations.MOVE_SORTABLE);
        return rotations.moves(code, Params.id("plan", plan), year == null || year.isBlank() ? null : Params.year("year", year),
                Params.enumOf(MoveStatus.class, "status", status), town, paging);
    }

    @GET
    @Path("moves/{id}")
    public MoveView move(@PathParam("code") String code, @PathParam("id") String id) {
        return rotations.move(code, Params.pathId("id", id));
    }

    @POST
    @Path("moves/{id}/approve")
    public MoveView approve(@PathParam("code") String code, @PathParam("id") String id, Transition input) {
        return rotations.approve(code, Params.pathId("id", id), Params.body(input).version, LocalDate.now());
    }

    @POST
    @Path("moves/{id}/execute")
    public MoveView execute(@PathParam("code") String code, @PathParam("id") String id, Transition input) {
        Transition b = Params.body(input);
        return rotations.execute(code, Params.pathId("id", id), b.on, b.version, LocalDate.now());
    }

    @POST
    @Path("moves/{id}/defer")
    public MoveView defer(@PathParam("code") String code, @PathParam("id") String id, Transition input) {
        Transition b = Params.body(input);
        return rotations.defer(code, Params.pathId("id", id), b.reason, b.version, LocalDate.now());
    }

    @GET
    @Path("figures")
    public RotationFigures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return figures.figures(code, yearOr(year));
    }
}
