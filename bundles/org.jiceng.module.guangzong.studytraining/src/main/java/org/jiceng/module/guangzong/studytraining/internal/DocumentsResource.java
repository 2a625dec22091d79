package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The exam ranking (考试成绩排名) and the coverage table (无职党员培训覆盖情况) as workbooks, a
 * member's training record as PDF, each from one {@link Document} rendered by the core. Kept apart
 * so the rest of the module works where the core's renderers are not installed.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Exams exams;
    private final FiguresService figures;
    private final TrainingRecords records;
    private final SpreadsheetRenderer spreadsheets;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference Exams exams, @Reference FiguresService figures, @Reference TrainingRecords records,
            @Reference SpreadsheetRenderer spreadsheets, @Reference DocumentRenderer renderer) {
        this.exams = exams;
        this.figures = figures;
        this.records = records;
        this.spreadsheets = spreadsheets;
        this.renderer = renderer;
    }

    @GET
    @Path("exams/{id}/ranking.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ranking(@PathParam("code") String code, @PathParam("id") String id) {
        long examId = Params.pathId("id", id);
        ExamView exam = exams.get(code, examId);
        List<ScoreView> rows = Pages.all(null, Exams.SCORE_SORTABLE, p -> exams.ranking(code, examId, null, p));
        rows = rows.stream().sorted((a, b) -> a.rank != b.rank ? Integer.compare(a.rank, b.rank) : Long.compare(a.memberId, b.memberId)).toList();
        List<List<String>> table = new ArrayList<>();
        for (ScoreView s : rows) {
            table.add(
                    List.of(String.valueOf(s.rank), s.memberName, s.townCode == null ? "县直" : s.townCode, s.jurisdictionCode, String.valueOf(s.score),
                            s.passed ? "合格" : "不合格", s.selected ? "是" : ""));
        }
        Document d = new Document("考学成绩排名:" + exam.title, List.of(
                new Document.Fields(List.of(new Document.Field("考试日期", exam.heldOn.toString()),
                        new Document.Field("满分", String.valueOf(exam.fullMark)),
                        new Document.Field("合格线", String.valueOf(exam.passMark)), new Document.Field("参考人数", String.valueOf(exam.takers)),
                        new Document.Field("合格人数", String.valueOf(exam.passed)), new Document.Field("选派红色教育", String.valueOf(exam.selected)))),
                new Document.Heading("排名"), new Document.Table(List.of("名次", "姓名", "乡镇", "所在单位代码", "成绩", "是否合格", "选派"), table),
                new Document.Signature("中共广宗县委组织部", LocalDate.now().toString())));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"exam-ranking-" + examId + ".xlsx\"").build();
    }

    @GET
    @Path("coverage.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response coverage(@PathParam("code") String code, @QueryParam("planId") String planId) {
        CoverageFigures f = figures.coverage(code, Params.id("planId", planId), LocalDate.now());
        List<List<String>> table = new ArrayList<>();
        List<CoverageFigures> rows = new ArrayList<>(f.towns);
        rows.add(f);
        for (CoverageFigures r : rows) {
            table.add(List.of(r.jurisdictionCode, r.name, String.valueOf(r.withoutPost), String.valueOf(r.trained), r.coveragePercent,
                    String.valueOf(r.batches), String.valueOf(r.batchesHeld), String.valueOf(r.attendances)));
        }
        List<List<String>> years = new ArrayList<>();
        for (CoverageFigures r : rows) {
            for (CoverageFigures.Year y : r.years) {
                years.add(List.of(r.jurisdictionCode, r.name, String.valueOf(y.year), String.valueOf(y.target), String.valueOf(y.trained),
                        y.achievedPercent, String.valueOf(y.batches), String.valueOf(y.batchesHeld), String.valueOf(y.absent)));
            }
        }
        Document d = new Document("无职党员培训覆盖情况", List.of(
                new Document.Fields(List.of(new Document.Field("范围", f.name), new Document.Field("三年规划", f.planTitle == null ? "" : f.planTitle),
                        new Document.Field("年度", f.startYear == null ? "" : f.startYear + "—" + f.endYear))),
                new Document.Heading("覆盖率"), new Document.Table(List.of("代码", "乡镇", "无职党员", "已培训", "覆盖率(%)", "期数", "已办期数", "参训人次"), table),
                new Document.Heading("年度计划完成情况"),
                new Document.Table(List.of("代码", "乡镇", "年度", "目标", "已培训", "完成率(%)", "期数", "已办期数", "缺训人数"), years)));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"no-post-training-coverage-" + code + ".xlsx\"").build();
    }

    /** A member's study and training record (党员学习培训档案) to print. */
    @GET
    @Path("training-records/{memberId}/record.pdf")
    @Produces(DocumentRenderer.PDF)
    public Response record(@PathParam("code") String code, @PathParam("memberId") String memberId) {
        TrainingRecord r = records.of(code, Params.pathId("memberId", memberId), LocalDate.now());
        List<List<String>> sittings = new ArrayList<>();
        for (TrainingRecord.Sitting s : r.exams) {
            sittings.add(List.of(s.heldOn.toString(), s.title, s.score + "/" + s.fullMark, s.passed ? "合格" : "不合格", s.rank + "/" + s.takers));
        }
        List<List<String>> batches = new ArrayList<>();
        for (TrainingRecord.Batch b : r.batches) {
            batches.add(List.of(String.valueOf(b.year), b.title, b.startsOn + "—" + b.endsOn, String.valueOf(b.hours),
                    b.attended == null ? "待培训" : b.attended ? "参训" : "缺训"));
        }
        Document d = new Document("党员学习培训记录", List.of(
                new Document.Fields(List.of(new Document.Field("姓名", r.memberName), new Document.Field("所在单位代码", r.jurisdictionCode),
                        new Document.Field("有无职务", r.hasPost ? "有职" : "无职"),
                        new Document.Field("红色教育", r.siteTraining == null
                                ? ""
                                : r.siteTraining.status == SelectionStatus.TRAINED
                                        ? r.siteTraining.site + " " + r.siteTraining.trainedOn
                                        : "已选派(" + r.siteTraining.examTitle + ")"))),
                new Document.Heading("考学成绩"), new Document.Table(List.of("日期", "考试", "成绩", "是否合格", "名次"), sittings),
                new Document.Heading("无职党员培训"), new Document.Table(List.of("年度", "期次", "日期", "学时", "参训"), batches),
                new Document.Signature("中共广宗县委组织部", LocalDate.now().toString())));
        return Response.ok(renderer.pdf(d), DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"training-record-" + r.memberId + ".pdf\"").build();
    }
}
