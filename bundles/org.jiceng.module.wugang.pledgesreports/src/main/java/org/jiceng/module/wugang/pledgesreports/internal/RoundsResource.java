package org.jiceng.module.wugang.pledgesreports.internal;

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
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundResults;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Reporting rounds (述职评议), their expected reports, results and figures, under
 * {@code /api/v1/jurisdictions/{code}/wugang-pledges-reports/rounds}; the core answers 404 before
 * this is reached wherever the module is not enabled.
 */
@Component(service = RoundsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Wugang.MODULE_ID + "/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundsResource {
    private final DutyRounds rounds;

    @Activate
    public RoundsResource(@Reference DutyRounds rounds) {
        this.rounds = rounds;
    }

    /** Body of POST rounds: the period H1 (年中) or H2 (年终); due date and title default to 武冈's. */
    public static class NewRound {
        public Integer year;
        public String period;
        public LocalDate dueDate;
        public String title;
    }

    /** Body of PUT rounds/{id}/closing. */
    public static class Closing {
        public LocalDate closedOn;
        public Long version;
    }

    /** Body of POST rounds/{id}/reports: a township secretary expected to report (member id or name). */
    public static class NewReport {
        public String townshipCode;
        public Long organizationId;
        public Long reporterMemberId;
        public String reporterName;
    }

    @GET
    public Page<ReportingRound> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("period") String period,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, DutyReportService.ROUND_SORTABLE);
        return rounds.list(code, Params.integer("year", year), Params.enumOf(ReportPeriod.class, "period", period), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the reporting round as stored, with its id", content = @Content(schema = @Schema(implementation = ReportingRound.class)))
    public Response open(@PathParam("code") String code, NewRound input) {
        NewRound in = Params.body(input);
        ReportingRound opened = rounds.open(code, in.year, Params.enumOf(ReportPeriod.class, "period", in.period), in.dueDate, in.title);
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    /** A year's rounds as figures (expected, submitted, overdue, grades). */
    @GET
    @Path("figures")
    public List<RoundFigures> figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return rounds.figures(code, Params.integer("year", year));
    }

    @GET
    @Path("{roundId}")
    public ReportingRound get(@PathParam("code") String code, @PathParam("roundId") String roundId) {
        return rounds.round(code, Params.pathId("roundId", roundId));
    }

    /** Closes the round: no more reports nor evaluations. */
    @PUT
    @Path("{roundId}/closing")
    public ReportingRound close(@PathParam("code") String code, @PathParam("roundId") String roundId, Closing input) {
        Closing in = Params.body(input);
        return rounds.close(code, Params.pathId("roundId", roundId), in.closedOn, in.version);
    }

    @GET
    @Path("{roundId}/reports")
    public Page<DutyReport> reports(@PathParam("code") String code, @PathParam("roundId") String roundId, @QueryParam("submitted") String submitted,
            @QueryParam("overdue") String overdue, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, DutyReportService.REPORT_SORTABLE);
        return rounds.reports(code, Params.pathId("roundId", roundId), Params.bool("submitted", submitted), Params.bool("overdue", overdue), paging);
    }

    @POST
    @Path("{roundId}/reports")
    @ApiResponse(responseCode = "201", description = "Created: the duty report as stored, with its id", content = @Content(schema = @Schema(implementation = DutyReport.class)))
    public Response register(@PathParam("code") String code, @PathParam("roundId") String roundId, NewReport input) {
        NewReport in = Params.body(input);
        DutyReport registered = rounds.register(code, Params.pathId("roundId", roundId), in.townshipCode, in.organizationId, in.reporterMemberId,
                in.reporterName);
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    /** Every report's counts per rating (upper, lower, together), share of 好, average score and overall grade. */
    @GET
    @Path("{roundId}/results")
    public RoundResults results(@PathParam("code") String code, @PathParam("roundId") String roundId) {
        return rounds.results(code, Params.pathId("roundId", roundId));
    }
}
