package org.jiceng.module.xingning.twowayreporting.internal;

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
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The yearly two-way rounds (双向述职), their expected reports, the result list and figures, under
 * {@code /api/v1/jurisdictions/{code}/xingning-two-way-reporting/rounds}; the core answers 404 before
 * this is reached wherever the module is not enabled.
 */
@Component(service = RoundsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Xingning.MODULE_ID + "/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundsResource {
    private final TwoWayRounds rounds;
    private final TwoWayResults results;

    @Activate
    public RoundsResource(@Reference TwoWayRounds rounds, @Reference TwoWayResults results) {
        this.rounds = rounds;
        this.results = results;
    }

    /** Body of POST rounds: the year; period, if sent, must be YEAR; due date and title default to 兴宁's. */
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

    /** Body of POST rounds/{id}/reports: a town secretary expected to report (a member of the town, or a name). */
    public static class NewReport {
        public String townCode;
        public Long organizationId;
        public Long reporterMemberId;
        public String reporterName;
    }

    @GET
    public Page<ReportingRound> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, DutyReportService.ROUND_SORTABLE);
        return rounds.list(code, Params.integer("year", year), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the reporting round as stored, with its id", content = @Content(schema = @Schema(implementation = ReportingRound.class)))
    public Response open(@PathParam("code") String code, NewRound input) {
        NewRound in = Params.body(input);
        TwoWayRounds.checkPeriod(Params.enumOf(ReportPeriod.class, "period", in.period));
        ReportingRound opened = rounds.open(code, in.year, in.dueDate, in.title);
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    /** A year's rounds as figures (expected, submitted, scored, outcomes, the weighting applied). */
    @GET
    @Path("figures")
    public List<RoundOutcome> figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return results.figures(code, Params.integer("year", year));
    }

    @GET
    @Path("{roundId}")
    public ReportingRound get(@PathParam("code") String code, @PathParam("roundId") String roundId) {
        return rounds.round(code, Params.pathId("roundId", roundId));
    }

    /** Closes the round: no more reports nor scores, and the result list is final. */
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
        DutyReport registered = rounds.register(code, Params.pathId("roundId", roundId), in.townCode, in.organizationId, in.reporterMemberId,
                in.reporterName);
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    /**
     * The result list: every secretary's average score from above and from below, the weighted
     * score, rank, grade and outcome (推荐评优评先、提拔使用 / 留任 / 约谈提醒); {@code outcome=} keeps one.
     */
    @GET
    @Path("{roundId}/results")
    public RoundOutcome results(@PathParam("code") String code, @PathParam("roundId") String roundId, @QueryParam("outcome") String outcome) {
        return results.outcome(code, Params.pathId("roundId", roundId), Params.enumOf(Outcome.class, "outcome", outcome));
    }
}
