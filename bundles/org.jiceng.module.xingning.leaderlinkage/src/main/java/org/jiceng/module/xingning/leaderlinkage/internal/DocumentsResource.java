package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.common.Shares;
import org.jiceng.document.Document;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The linkage table (市领导挂钩联系镇村一览表) as a workbook: a row per leader with the town, poor village and weak village
 * of the year, the checks per quarter and how the lists stand. Kept apart so the rest of the module works where the
 * core's spreadsheet renderer is not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final LinkageFigures figures;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference LinkageFigures figures, @Reference SpreadsheetRenderer spreadsheets) {
        this.figures = figures;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("linkage.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response xlsx(@PathParam("code") String code, @QueryParam("year") String year) {
        Figures f = figures.figures(code, Params.integer("year", year));
        return Response.ok(spreadsheets.xlsx(document(f)), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"leader-linkage-" + code + "-" + f.year + ".xlsx\"").build();
    }

    static Document document(Figures f) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Figures.LeaderRow r : f.checksPerLeader) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(++n), r.name, r.post, text(r.town), text(r.poorVillage), text(r.weakVillage)));
            for (Long q : r.checksPerQuarter) {
                row.add(String.valueOf(q));
            }
            row.addAll(List.of(String.valueOf(r.checks), String.valueOf(r.items), String.valueOf(r.itemsDone), String.valueOf(r.itemsOverdue)));
            rows.add(row);
        }
        return new Document("市领导挂钩指导党建工作一览表(" + f.year + "年)", List.of(
                new Document.Fields(List.of(new Document.Field("范围", f.jurisdictionCode), new Document.Field("年度", String.valueOf(f.year)),
                        new Document.Field("市领导", String.valueOf(f.leaders)),
                        new Document.Field("省定贫困村挂钩覆盖", f.poorVillagesLinked + "/" + f.poorVillages + " (" + Shares.percent(f.poorCoverage) + "%)"),
                        new Document.Field("软弱涣散村挂钩覆盖", f.weakVillagesLinked + "/" + f.weakVillages + " (" + Shares.percent(f.weakCoverage) + "%)"))),
                new Document.Heading("挂钩联系"),
                new Document.Table(List.of("序号", "姓名", "职务", "挂钩镇街", "省定贫困村", "软弱涣散村", "一季度检查", "二季度检查", "三季度检查", "四季度检查", "检查次数",
                        "责任清单事项", "已完成", "逾期未完成"), rows),
                new Document.Signature("中共兴宁市委组织部", LocalDate.now().toString())));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
