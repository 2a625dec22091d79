package org.jiceng.module.wugang.firstsecretaries.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
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

import org.jiceng.cadre.CadreService;
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
 * The first secretaries (the core's assignments) and each one's presence and reports. Under {@code /api/v1/jurisdictions/{code}/wugang-first-secretaries/secretaries}: the core routes a
 * module's requests to the resource class whose literal path follows the module id, and answers 404
 * before this is reached wherever the module is not enabled.
 */
@Component(service = SecretariesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/secretaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecretariesResource {
    private final Secretaries secretaries;
    private final Presence presence;
    private final Reports reports;

    @Activate
    public SecretariesResource(@Reference Secretaries secretaries, @Reference Presence presence, @Reference Reports reports) {
        this.secretaries = secretaries;
        this.presence = presence;
        this.reports = reports;
    }

    /** Body of POST …/weekly-reports (week) and …/half-year-reports (half), and of PUT weekly-reports/{id} (version). */
    public static class ReportInput {
        public String week;
        public String half;
        public String summary;
        public Long version;
    }

    @GET
    public Page<SecretaryView> list(@PathParam("code") String code, @QueryParam("activeOn") String activeOn, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, CadreService.ASSIGNMENT_SORTABLE);
        return secretaries.list(code, Params.date("activeOn", activeOn), paging);
    }

    @GET
    @Path("{assignmentId}")
    public SecretaryView get(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId) {
        return secretaries.view(secretaries.get(code, Params.pathId("assignmentId", assignmentId)), new HashMap<>());
    }

    @POST
    @Path("{assignmentId}/presence")
    @ApiResponse(responseCode = "201", description = "Created: the presence as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PresenceView.class)))
    public Response log(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId, Presence.Day day) {
        PresenceView logged = presence.log(code, Params.pathId("assignmentId", assignmentId), Params.body(day), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/presence/" + logged.id)).entity(logged).build();
    }

    @GET
    @Path("{assignmentId}/presence")
    public MonthPresence month(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId, @QueryParam("month") String month) {
        return presence.month(code, Params.pathId("assignmentId", assignmentId), Store.month("month", month), LocalDate.now());
    }

    @POST
    @Path("{assignmentId}/weekly-reports")
    @ApiResponse(responseCode = "201", description = "Created: the week's status once its report is submitted", content = @Content(schema = @Schema(implementation = WeekStatus.class)))
    public Response submitWeekly(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId, ReportInput input) {
        ReportInput body = Params.body(input);
        WeekStatus s = reports.submitWeekly(code, Params.pathId("assignmentId", assignmentId), body.week, body.summary, LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/weekly-reports/" + s.reportId)).entity(s).build();
    }

    /** The weeks owed from {@code from} (default: 12 weeks ago) to this week, latest first. */
    @GET
    @Path("{assignmentId}/weekly-reports")
    public List<WeekStatus> weeks(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId, @QueryParam("from") String from) {
        return reports.weeks(code, Params.pathId("assignmentId", assignmentId), Params.date("from", from), LocalDate.now());
    }

    @POST
    @Path("{assignmentId}/half-year-reports")
    @ApiResponse(responseCode = "201", description = "Created: the half year's status once its report is submitted", content = @Content(schema = @Schema(implementation = HalfYearStatus.class)))
    public Response submitHalfYear(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId, ReportInput input) {
        ReportInput body = Params.body(input);
        HalfYearStatus s = reports.submitHalfYear(code, Params.pathId("assignmentId", assignmentId), body.half, body.summary, LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(s).build();
    }

    @GET
    @Path("{assignmentId}/half-year-reports")
    public List<HalfYearStatus> halves(@PathParam("code") String code, @PathParam("assignmentId") String assignmentId) {
        return reports.halves(code, Params.pathId("assignmentId", assignmentId), LocalDate.now());
    }
}
