package org.jiceng.module.shunyi.supervision.internal;

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
import org.jiceng.procedure.StepState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The supervision ledger (督导督查台账, XLSX) and an item's report (督导报告 / 督查报告, PDF) with its
 * steps and findings. Kept apart so the rest of the module works where the core's renderers are not
 * installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Items items;
    private final Findings findings;
    private final SupervisionFigures figures;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Items items, @Reference Findings findings, @Reference SupervisionFigures figures,
            @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.items = items;
        this.findings = findings;
        this.figures = figures;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The ledger of a year: a row per item with its current step and how far its findings got. */
    @GET
    @Path("ledger.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ledger(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        int year = figures.year(Params.integer("year", yearParam));
        List<List<String>> rows = new ArrayList<>();
        Pages.each("id", Items.SORTABLE, page -> items.list(code, null, null, null, year, page), i -> rows.add(List.of(String.valueOf(i.id), i.kindZh,
                i.title, i.unit, i.jurisdictionCode, i.teamZh, i.leader, i.keyTask ? "重点任务" : "日常", i.openedOn.toString(),
                i.currentStepName == null ? ("COMPLETED".equals(i.status) ? "已办结" : i.status) : i.currentStepName,
                i.currentDue == null ? "" : i.currentDue.toString(), i.overdue ? "超期" : "", String.valueOf(i.findings),
                String.valueOf(i.findingsRectified),
                String.valueOf(i.findingsVerified))));
        Document document = new Document(year + "年党建工作督导督查台账", List.of(new Document.Table(List.of("编号", "类别", "事项", "被督导单位", "区划代码", "督导组",
                "组长", "性质", "立项日期", "当前环节", "环节时限", "超期", "发现问题", "已整改", "已复核"), rows)));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"supervision-ledger-" + code + "-" + year + ".xlsx\"").build();
    }

    /** An item's report: what was supervised, each step with its record, and the findings with their rectification. */
    @GET
    @Path("items/{itemId}")
    @Produces(DocumentRenderer.PDF)
    public Response report(@PathParam("code") String code, @PathParam("itemId") String id) {
        ItemView i = items.get(code, Params.pathId("itemId", id));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(
                new Document.Fields(List.of(new Document.Field("事项", i.title), new Document.Field("被督导单位", i.unit + " (" + i.jurisdictionCode + ")"),
                        new Document.Field("督导组", i.teamZh + " 组长 " + i.leader), new Document.Field("性质", i.keyTask ? "重点任务督导" : "日常督导"),
                        new Document.Field("立项日期", i.openedOn.toString()))));
        blocks.add(new Document.Heading("工作环节"));
        List<List<String>> steps = new ArrayList<>();
        for (StepState s : i.steps) {
            steps.add(List.of(s.name(), s.completedOn() == null ? "" : s.completedOn().toString(), s.record() == null ? "" : s.record()));
        }
        blocks.add(new Document.Table(List.of("环节", "完成日期", "记录"), steps));
        blocks.add(new Document.Heading("发现问题及整改"));
        List<List<String>> found = new ArrayList<>();
        for (FindingView f : findings.list(code, i.id, null, null, org.jiceng.common.PageRequest.first(org.jiceng.common.PageRequest.MAX_SIZE))
                .items()) {
            found.add(List.of(f.description, f.severity, f.deadline.toString(), f.status, f.verifiedOn == null ? "" : f.verifiedOn.toString()));
        }
        if (found.isEmpty()) {
            blocks.add(new Document.Paragraph("未发现问题。"));
        } else {
            blocks.add(new Document.Table(List.of("问题", "程度", "整改时限", "状态", "复核日期"), found));
        }
        blocks.add(new Document.Signature("中共" + store.jurisdictions().get(store.countyOf(i.jurisdictionCode)).name() + "委党建工作督导办公室",
                store.today().toString()));
        byte[] pdf = renderer.pdf(new Document("党建工作" + i.kindZh + "报告", blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"supervision-" + i.id + ".pdf\"").build();
    }
}
