package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents: the month's ranking, printed (PDF) for the county's circular and as a spreadsheet (XLSX) for the county's
 * own lists, both from one {@link Document}. Kept apart so the rest of the module works where the core's document and
 * spreadsheet renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@org.jiceng.module.ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Ranking ranking;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Ranking ranking, @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.ranking = ranking;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The month's ranking for the county's circular. */
    @GET
    @Path("rankings/{month}")
    @Produces(DocumentRenderer.PDF)
    public Response pdf(@PathParam("code") String code, @PathParam("month") String month) {
        byte[] pdf = renderer.pdf(document(code, month));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"first-secretaries-" + month + ".pdf\"")
                .build();
    }

    /** The same ranking as a workbook: the six indicators and the total as numbers, one row per secretary. */
    @GET
    @Path("rankings/{month}.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response xlsx(@PathParam("code") String code, @PathParam("month") String month) {
        byte[] xlsx = spreadsheets.xlsx(document(code, month));
        return Response.ok(xlsx, SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"first-secretaries-" + code + "-" + month + ".xlsx\"").build();
    }

    private Document document(String code, String month) {
        return document(code, Store.month("month", month).toString(), ranking.all(code, month));
    }

    static Document document(String code, String month, List<RankingRow> rows) {
        List<List<String>> table = new ArrayList<>();
        for (RankingRow r : rows) {
            table.add(List.of(r.township, String.valueOf(r.rank) + "/" + r.groupSize, r.memberName, r.jurisdictionCode, num(r.daysInVillage),
                    num(r.nightsInVillage), num(r.weeklyReportsOnTime), num(r.projects), num(r.satisfaction), num(r.partyBuilding), num(r.total),
                    r.grade == null ? "" : r.grade,
                    r.lastThreeMonths ? "连续3个月末位" : ""));
        }
        return new Document("第一书记月度分类排名(" + month + ")", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("月份", month),
                        new Document.Field("人数", String.valueOf(rows.size())))),
                new Document.Table(List.of("乡镇", "名次", "姓名", "村", "在村天数", "住村夜数", "按时周报", "项目推进", "群众满意度", "党建工作", "总分", "等次", "备注"), table),
                new Document.Signature("中共武冈市委组织部", LocalDate.now().toString())));
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
