package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
 * Documents: the year's results with the subsidy and award each fixes — the roll the township signs
 * (PDF) and the list the county hands to the finance office (XLSX, amounts as numbers), both from one
 * {@link Document}. Kept apart so the rest of the module works where the core's document and
 * spreadsheet renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Cadres cadres;
    private final Results results;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Cadres cadres, @Reference Results results, @Reference DocumentRenderer renderer,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.cadres = cadres;
        this.results = results;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("results/{year}")
    @Produces(DocumentRenderer.PDF)
    public Response pdf(@PathParam("code") String code, @PathParam("year") String yearParam) {
        int year = Params.year("year", yearParam);
        byte[] pdf = renderer.pdf(document(code, year));
        return Response.ok(pdf, DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"village-cadre-appraisal-" + code + "-" + year + ".pdf\"").build();
    }

    /** The same roll as a workbook for the finance office: scores, subsidies and awards as numbers, so the totals can be summed. */
    @GET
    @Path("results/{year}.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response xlsx(@PathParam("code") String code, @PathParam("year") String yearParam) {
        int year = Params.year("year", yearParam);
        byte[] xlsx = spreadsheets.xlsx(document(code, year));
        return Response.ok(xlsx, SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"village-cadre-appraisal-" + code + "-" + year + ".xlsx\"").build();
    }

    private Document document(String code, int year) {
        return document(results.figures(code, year), cadres.all(code, year));
    }

    static Document document(Figures f, List<CadreEntity> rows) {
        List<List<String>> table = new ArrayList<>();
        for (CadreEntity c : rows) {
            table.add(List.of(c.townshipCode, c.rank == null ? "" : c.rank + "/" + c.townshipSize, c.memberName, c.villageCode, c.title,
                    num(c.total), text(c.grade), money(c.subsidy), money(c.award), c.selectionCandidate ? "是" : ""));
        }
        return new Document("村干部绩效考核结果及误工补贴发放表(" + f.year + "年度)", List.of(
                new Document.Fields(List.of(new Document.Field("范围", f.jurisdictionCode), new Document.Field("年度", String.valueOf(f.year)),
                        new Document.Field("状态", f.state), new Document.Field("考核人数", String.valueOf(f.appraised)),
                        new Document.Field("优秀/称职/基本称职/不称职",
                                f.excellent + "/" + f.competent + "/" + f.basicallyCompetent + "/" + f.incompetent),
                        new Document.Field("误工补贴合计(元)", money(f.subsidyTotal)), new Document.Field("奖励合计(元)", money(f.awardTotal)))),
                new Document.Table(List.of("乡镇", "名次", "姓名", "村", "职务", "总分", "等次", "绩效误工补贴", "奖励", "选拔任用"), table),
                new Document.Signature("中共武冈市委组织部", LocalDate.now().toString())));
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
