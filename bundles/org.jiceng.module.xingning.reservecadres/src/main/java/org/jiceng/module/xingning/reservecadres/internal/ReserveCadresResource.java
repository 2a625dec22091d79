package org.jiceng.module.xingning.reservecadres.internal;

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
 * REST of the module under {@code /api/v1/jurisdictions/{code}/xingning-reserve-cadres}. The core
 * answers 404 before this is reached wherever the module is not enabled.
 */
@Component(service = ReserveCadresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReserveCadresResource {
    private final Reserves reserves;
    private final Villages villages;
    private final FiguresService figures;

    @Activate
    public ReserveCadresResource(@Reference Reserves reserves, @Reference Villages villages, @Reference FiguresService figures) {
        this.reserves = reserves;
        this.villages = villages;
        this.figures = figures;
    }

    /** Body of POST /reserves. */
    public static class NewReserve {
        public Long memberId;
        public String villageCode;
        public ReserveRole role;
        public LocalDate since;
        public String note;
    }

    /** Body of PUT /reserves/{id}/focus. */
    public static class FocusInput {
        public Boolean focused;
        public FocusReason reason;
        public Long version;
    }

    /** Body of POST /reserves/{id}/trainings. */
    public static class NewTraining {
        public TrainingKind kind;
        public String batch;
        public LocalDate startedOn;
        public LocalDate endedOn;
        public Integer hours;
        public String note;
    }

    /** Body of POST /reserves/{id}/outcome. */
    public static class OutcomeInput {
        public Outcome outcome;
        public LocalDate on;
        public String reason;
        public Long version;
    }

    @GET
    @Path("reserves")
    public Page<ReserveView> list(@PathParam("code") String code, @QueryParam("town") String town, @QueryParam("village") String village,
            @QueryParam("role") String role, @QueryParam("status") String status, @QueryParam("focused") String focused,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Reserves.SORTABLE);
        return reserves.list(code, town, village, Params.enumOf(ReserveRole.class, "role", role),
                Params.enumOf(ReserveStatus.class, "status", status), Params.bool("focused", focused), paging);
    }

    @POST
    @Path("reserves")
    @ApiResponse(responseCode = "201", description = "Created: the reserve as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ReserveView.class)))
    public Response create(@PathParam("code") String code, NewReserve input) {
        NewReserve b = Params.body(input);
        ReserveView created = reserves.create(code, new Reserves.NewReserve(b.memberId, b.villageCode, b.role, b.since, b.note), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/reserves/" + created.id)).entity(created).build();
    }

    @GET
    @Path("reserves/{id}")
    public ReserveView get(@PathParam("code") String code, @PathParam("id") String id) {
        return reserves.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("reserves/{id}/focus")
    public ReserveView focus(@PathParam("code") String code, @PathParam("id") String id, FocusInput input) {
        FocusInput b = Params.body(input);
        return reserves.focus(code, Params.pathId("id", id), b.focused, b.reason, b.version, LocalDate.now());
    }

    @GET
    @Path("reserves/{id}/trainings")
    public List<TrainingView> trainings(@PathParam("code") String code, @PathParam("id") String id) {
        return reserves.trainings(code, Params.pathId("id", id));
    }

    @POST
    @Path("reserves/{id}/trainings")
    @ApiResponse(responseCode = "201", description = "Created: the training as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public Response addTraining(@PathParam("code") String code, @PathParam("id") String id, NewTraining input) {
        NewTraining b = Params.body(input);
        long reserveId = Params.pathId("id", id);
        TrainingView created = reserves.addTraining(code, reserveId,
                new Reserves.NewTraining(b.kind, b.batch, b.startedOn, b.endedOn, b.hours, b.note), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/reserves/" + reserveId + "/trainings"))
                .entity(created).build();
    }

    @POST
    @Path("reserves/{id}/outcome")
    public ReserveView outcome(@PathParam("code") String code, @PathParam("id") String id, OutcomeInput input) {
        OutcomeInput b = Params.body(input);
        return reserves.close(code, Params.pathId("id", id), b.outcome, b.on, b.reason, b.version, LocalDate.now());
    }

    @GET
    @Path("vacancies")
    public List<VillageSlots> vacancies(@PathParam("code") String code, @QueryParam("town") String town) {
        return villages.vacancies(code, town);
    }

    @GET
    @Path("villages")
    public List<VillageSlots> villages(@PathParam("code") String code) {
        return villages.slots(code);
    }

    @GET
    @Path("figures")
    public Figures figures(@PathParam("code") String code) {
        return figures.figures(code);
    }
}
