package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Printable documents (PDF): a year's evaluation results (党代表民主评议结果) with the year's figures,
 * as the county files and circulates them. Kept apart so only this resource waits for the renderer.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    static final String ISSUER = "中共武冈市委组织部";

    private final Statistics statistics;
    private final Evaluations evaluations;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference Statistics statistics, @Reference Evaluations evaluations, @Reference DocumentRenderer renderer) {
        this.statistics = statistics;
        this.evaluations = evaluations;
        this.renderer = renderer;
    }

    @GET
    @Path("evaluations/{year}")
    @Produces(DocumentRenderer.PDF)
    public Response evaluations(@PathParam("code") String code, @PathParam("year") String year) {
        int y = Params.integer("year", year);
        Figures f = statistics.figures(code, y);
        List<EvaluationView> rows = evaluations.all(code, y);
        // Signed on the day of the last evaluation meeting, so a reprint reads the same.
        String issuedOn = rows.stream().map(r -> r.evaluatedOn).max(LocalDate::compareTo).map(LocalDate::toString).orElse(LocalDate.now().toString());
        return Response.ok(renderer.pdf(document(f, rows, issuedOn)), DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"standing-delegates-evaluation-" + y + ".pdf\"").build();
    }

    static Document document(Figures f, List<EvaluationView> rows, String issuedOn) {
        List<List<String>> table = new ArrayList<>();
        int n = 1;
        for (EvaluationView r : rows) {
            table.add(List.of(String.valueOf(n++), r.delegateName, r.activityDaysAttended + "/" + r.activityDaysHeld, String.valueOf(r.visits),
                    String.valueOf(r.proposals), String.valueOf(r.meetingsAndInquiries), r.contactsComplete ? "是" : "否",
                    r.votesSatisfied + "/" + r.votesTotal, String.valueOf(r.score), r.gradeName));
        }
        return new Document("党代表" + f.year + "年度民主评议结果", List.of(
                new Document.Fields(List.of(new Document.Field("党代表", f.delegates + " 名（" + f.studios + " 个党代表工作室）"),
                        new Document.Field("联系村（社区）", f.villagesCovered + " 个，联系群众 " + f.householdsCovered + " 户"),
                        new Document.Field("党代表活动日", f.activityDays + " 次，出席率 " + f.attendancePercent + "%"),
                        new Document.Field("调研视察", f.researchVisits + " 次调研，" + f.inspections + " 次视察"),
                        new Document.Field("提案提议", f.proposals + " 件，办结 " + f.proposalsHandled + " 件（" + f.handledPercent + "%）"),
                        new Document.Field("评议结果", "优秀 " + f.excellent + "，称职 " + f.competent + "，基本称职 " + f.basicallyCompetent + "，不称职 "
                                + f.incompetent))),
                new Document.Table(List.of("序号", "姓名", "活动日", "调研视察", "提案", "列席/询问", "联系到位", "评议票", "得分", "等次"), table),
                new Document.Signature(ISSUER, issuedOn)));
    }
}
