package org.jiceng.module.xingning.twowayreporting.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.ReportingRound;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The result list as a workbook (for the organization department's cadre files) and a secretary's
 * report card as PDF. Kept apart so the rest of the module works where the core's renderers are not
 * installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Xingning.MODULE_ID + "/documents")
public class DocumentsResource {
    private final TwoWayRounds rounds;
    private final TwoWayResults results;
    private final DutyReportService reports;
    private final SpreadsheetRenderer spreadsheets;
    private final DocumentRenderer renderer;
    private final Weightings weightings;

    @Activate
    public DocumentsResource(@Reference TwoWayRounds rounds, @Reference TwoWayResults results, @Reference DutyReportService reports,
            @Reference SpreadsheetRenderer spreadsheets, @Reference DocumentRenderer renderer, @Reference Weightings weightings) {
        this.rounds = rounds;
        this.results = results;
        this.reports = reports;
        this.spreadsheets = spreadsheets;
        this.renderer = renderer;
        this.weightings = weightings;
    }

    /** The round's result list, signed on the day it closed (so a reprint reads the same), or today while open. */
    @GET
    @Path("rounds/{roundId}/results.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response resultList(@PathParam("code") String code, @PathParam("roundId") String roundId) {
        RoundOutcome o = results.outcome(code, Params.pathId("roundId", roundId), null);
        ReportingRound round = rounds.round(code, o.roundId);
        byte[] xlsx = spreadsheets.xlsx(TwoWayDocuments.resultList(o, issuedOn(round)));
        return Response.ok(xlsx, SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"two-way-reporting-" + o.year + ".xlsx\"").build();
    }

    /** A secretary's report card: the report, every score, the weighted result and its outcome. */
    @GET
    @Path("reports/{reportId}")
    @Produces(DocumentRenderer.PDF)
    public Response reportCard(@PathParam("code") String code, @PathParam("reportId") String reportId) {
        long id = Params.pathId("reportId", reportId);
        DutyReport report = rounds.report(code, id);
        SecretaryResult s = results.ofReport(code, id);
        ReportingRound round = reports.getRound(report.roundId());
        Weighting w = weightings.forRound(round);
        byte[] pdf = renderer.pdf(TwoWayDocuments.reportCard(round.title(), report, s, reports.evaluations(id), w.upperWeight(), w.lowerWeight(),
                issuedOn(round)));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"two-way-report-" + id + ".pdf\"").build();
    }

    private static String issuedOn(ReportingRound round) {
        return (round.closedOn() == null ? LocalDate.now() : round.closedOn()).toString();
    }
}
