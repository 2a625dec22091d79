package org.jiceng.module.shunyi.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

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
 * What the district prints and exchanges: the year's work points with their folded projects (PDF),
 * the ledger of folded projects and milestones and the year's figures (XLSX). Kept apart so the
 * rest of the module works where the core's renderers are not installed: only this resource waits
 * for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final WorkPoints workPoints;
    private final Projects projects;
    private final IndicatorFigures figures;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference WorkPoints workPoints, @Reference Projects projects,
            @Reference IndicatorFigures figures, @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.workPoints = workPoints;
        this.projects = projects;
        this.figures = figures;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The year's work points (工作要点) part by part, each item with the folded projects carrying it out. */
    @GET
    @Path("work-points.pdf")
    @Produces(DocumentRenderer.PDF)
    public Response workPoints(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        int year = figures.year(code, Params.integer("year", yearParam));
        String county = store.countyOf(code);
        String name = store.jurisdictions().get(county).name();
        Map<Integer, List<ProjectView>> byItem = new TreeMap<>();
        for (ProjectView p : projects.ofYear(code, year)) {
            byItem.computeIfAbsent(p.workItemNumber, n -> new ArrayList<>()).add(p);
        }
        List<Document.Block> blocks = new ArrayList<>();
        int part = 0;
        for (WorkItemView item : workPoints.list(code, year)) {
            if (item.partNumber != part) {
                part = item.partNumber;
                blocks.add(new Document.Heading(chineseNumber(part) + "、" + item.partTitle));
            }
            blocks.add(new Document.Paragraph(item.itemNumber + ". " + item.content));
            List<List<String>> rows = new ArrayList<>();
            for (ProjectView p : byItem.getOrDefault(item.itemNumber, List.of())) {
                rows.add(List.of(p.title, p.unit, p.deadline.toString(), p.progressZh));
            }
            if (!rows.isEmpty()) {
                blocks.add(new Document.Table(List.of("折子工程", "责任单位", "完成时限", "进度"), rows));
            }
        }
        blocks.add(new Document.Signature("中共" + name + "委党的建设工作领导小组", store.today().toString()));
        byte[] pdf = renderer.pdf(new Document("中共" + name + "委党的建设工作领导小组" + year + "年工作要点", blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"work-points-" + year + ".pdf\"").build();
    }

    /** The ledger of folded projects (折子工程台账): a row per milestone, with its project, unit and where it stands. */
    @GET
    @Path("projects.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response projects(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        int year = figures.year(code, Params.integer("year", yearParam));
        List<List<String>> rows = new ArrayList<>();
        for (ProjectView p : projects.ofYear(code, year)) {
            for (MilestoneView m : p.milestones) {
                rows.add(List.of(String.valueOf(p.id), p.title, String.valueOf(p.workItemNumber), p.indicatorCode + " " + p.indicatorName, p.unit,
                        p.jurisdictionCode, p.deadline.toString(), String.valueOf(m.seq), m.title, m.startsOn.toString(), m.dueOn.toString(),
                        m.doneOn == null ? "" : m.doneOn.toString(), m.progressZh));
            }
        }
        Document document = new Document(year + "年党建工作折子工程台账", List.of(new Document.Table(List.of("编号", "折子工程", "工作要点", "指标", "责任单位",
                "区划代码", "完成时限", "节点", "节点内容", "开始", "节点时限", "完成日期", "进度"), rows)));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"folded-projects-" + code + "-" + year + ".xlsx\"").build();
    }

    /** The year's completion per domain and unit, counts and rates as numbers. */
    @GET
    @Path("figures.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response figures(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        Figures f = figures.figures(code, Params.integer("year", yearParam));
        List<String> headers = List.of("编号", "名称", "任务", "完成任务", "滞后任务", "任务完成率%", "折子工程", "完成", "按期完成", "滞后", "完成率%", "按期率%", "节点",
                "完成节点", "滞后节点");
        Document document = new Document(f.total.name + f.year + "年党建工作指标任务完成情况", List.of(new Document.Heading("合计"),
                new Document.Table(headers, rows(List.of(f.total))), new Document.Heading("按领域"), new Document.Table(headers, rows(f.perDomain)),
                new Document.Heading("按单位"), new Document.Table(headers, rows(f.perUnit))));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"indicators-" + code + "-" + f.year + ".xlsx\"").build();
    }

    private static List<List<String>> rows(List<Figures.FigureRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Figures.FigureRow r : rows) {
            out.add(List.of(r.key, r.name, String.valueOf(r.tasks), String.valueOf(r.tasksDone), String.valueOf(r.tasksSlipping),
                    text(r.taskCompletionRate),
                    String.valueOf(r.projects), String.valueOf(r.projectsDone), String.valueOf(r.projectsOnTime), String.valueOf(r.projectsSlipping),
                    text(r.projectCompletionRate), text(r.projectOnTimeRate), String.valueOf(r.milestones), String.valueOf(r.milestonesDone),
                    String.valueOf(r.milestonesSlipping)));
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** 一 … 二十: parts of work points are numbered in Chinese. */
    static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }
}
