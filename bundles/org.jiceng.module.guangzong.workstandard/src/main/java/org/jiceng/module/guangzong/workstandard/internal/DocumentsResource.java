package org.jiceng.module.guangzong.workstandard.internal;

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
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Workbooks: a year's pass-rate table (per category, per township, the units to rectify) and the
 * young cadre pool's roster. Kept apart so the rest of the module works where the core's renderer is
 * not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Results results;
    private final Pool pool;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Results results, @Reference Pool pool, @Reference SpreadsheetRenderer spreadsheets) {
        this.results = results;
        this.pool = pool;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("pass-rates/{year}.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response passRates(@PathParam("code") String code, @PathParam("year") String yearParam) {
        int year = Params.year("year", yearParam);
        Document d = passRateDocument(code, year, results.figures(code, year), results.rectification(code, year));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"work-standard-pass-rates-" + code + "-" + year + ".xlsx\"").build();
    }

    @GET
    @Path("pool.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response roster(@PathParam("code") String code) {
        Document d = rosterDocument(code, pool.figures(code), pool.all(code));
        return Response.ok(spreadsheets.xlsx(d), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"young-cadre-pool-" + code + ".xlsx\"").build();
    }

    /** The first table holds one row per category, so a reader sums and sorts it; townships and rectification follow. */
    static Document passRateDocument(String code, int year, Figures f, List<RectificationRow> rectify) {
        List<List<String>> categories = new ArrayList<>();
        int n = 0;
        for (Figures.CategoryRate c : f.byCategory) {
            categories.add(List.of(String.valueOf(++n), c.name, String.valueOf(c.tasks), String.valueOf(c.checked), String.valueOf(c.passed),
                    c.passPercent.toPlainString()));
        }
        List<List<String>> townships = new ArrayList<>();
        for (Figures.TownshipRate t : f.byTownship) {
            townships.add(List.of(t.townshipName, String.valueOf(t.units), String.valueOf(t.checked), String.valueOf(t.passed),
                    t.passPercent.toPlainString()));
        }
        List<List<String>> units = new ArrayList<>();
        for (RectificationRow r : rectify) {
            units.add(List.of(r.townshipName, r.organizationName, r.tasksMet + "/" + r.tasksToPass, String.join("、", r.categories),
                    String.join("；", r.tasks)));
        }
        return new Document("广宗县基层党建工作标准达标情况（" + year + "年度）", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("年度", String.valueOf(year)),
                        new Document.Field("标准", f.categories + "大类" + f.tasks + "项"), new Document.Field("参检单位", String.valueOf(f.units)),
                        new Document.Field("乡镇已检查", String.valueOf(f.townshipChecked)), new Document.Field("达标", String.valueOf(f.passed)),
                        new Document.Field("达标率", f.passPercent.toPlainString() + "%"))),
                new Document.Heading("分类达标率"), new Document.Table(List.of("序号", "类别", "任务数", "检查单位", "达标单位", "达标率%"), categories),
                new Document.Heading("乡镇达标率"), new Document.Table(List.of("乡镇", "参检单位", "已检查", "达标", "达标率%"), townships),
                new Document.Heading("未达标单位整改清单"), new Document.Table(List.of("乡镇", "党组织", "达标任务/应达", "未达标类别", "未达标任务"), units),
                new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
    }

    static Document rosterDocument(String code, PoolFigures f, List<PoolView> rows) {
        List<List<String>> table = new ArrayList<>();
        int n = 0;
        for (PoolView p : rows) {
            table.add(List.of(String.valueOf(++n), p.memberName, p.jurisdictionCode, String.valueOf(p.ageAtSelection), p.selectedOn.toString(),
                    String.valueOf(p.trainings), String.valueOf(p.practicePosts), p.latestGrade == null ? "" : p.latestPeriod + " " + p.latestGrade,
                    status(p.status), p.endReason == null ? "" : p.endReason));
        }
        return new Document("广宗县优秀年轻干部人才库名册", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("在库", String.valueOf(f.inPool)),
                        new Document.Field("已使用", String.valueOf(f.appointed)), new Document.Field("已出库", String.valueOf(f.left)))),
                new Document.Table(List.of("序号", "姓名", "所在地", "入库年龄", "入库日期", "培训", "实践锻炼", "最近考核", "状态", "去向"), table),
                new Document.Signature(Store.ISSUER, LocalDate.now().toString())));
    }

    private static String status(PoolStatus s) {
        return switch (s) {
            case IN_POOL -> "在库";
            case APPOINTED -> "已提拔使用";
            case LEFT -> "已出库";
        };
    }
}
