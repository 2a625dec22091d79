package org.jiceng.module.guangzong.studytraining.internal;

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

/** REST of the training batches by township under {@code …/guangzong-study-and-training/batches}: enrolment and attendance. */
@Component(service = BatchesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchesResource {
    private final Batches batches;

    @Activate
    public BatchesResource(@Reference Batches batches) {
        this.batches = batches;
    }

    /** Body of POST /batches. */
    public static class BatchInput {
        public Long yearlyPlanId;
        public String townCode;
        public String title;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public Integer hours;
        public String content;
    }

    /** Body of POST /batches/{id}/enrollments. */
    public static class EnrollmentInput {
        public List<Long> memberIds;
    }

    /** Body of POST /batches/{id}/attendance: who of the enrolled attended. */
    public static class AttendanceInput {
        public List<Long> attended;
        public Long version;
    }

    @GET
    public Page<BatchView> list(@PathParam("code") String code, @QueryParam("yearlyPlanId") String yearlyPlanId, @QueryParam("year") String year,
            @QueryParam("town") String town, @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Batches.SORTABLE);
        return batches.list(code, Params.id("yearlyPlanId", yearlyPlanId), year == null ? null : Params.year("year", year), town,
                Params.enumOf(BatchStatus.class, "status", status), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the batch as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = BatchView.class)))
    public Response create(@PathParam("code") String code, BatchInput input) {
        BatchInput b = Params.body(input);
        BatchView created = batches.create(code, new Batches.NewBatch(b.yearlyPlanId, b.townCode, b.title, b.startsOn, b.endsOn, b.hours, b.content));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/batches/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id}")
    public BatchView get(@PathParam("code") String code, @PathParam("id") String id) {
        return batches.get(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/enrollments")
    public BatchView enroll(@PathParam("code") String code, @PathParam("id") String id, EnrollmentInput input) {
        return batches.enroll(code, Params.pathId("id", id), Params.body(input).memberIds, LocalDate.now());
    }

    @GET
    @Path("{id}/attendance")
    public List<AttendanceView> attendance(@PathParam("code") String code, @PathParam("id") String id) {
        return batches.attendance(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/attendance")
    public BatchView recordAttendance(@PathParam("code") String code, @PathParam("id") String id, AttendanceInput input) {
        AttendanceInput b = Params.body(input);
        return batches.recordAttendance(code, Params.pathId("id", id), b.attended, b.version, LocalDate.now());
    }
}
