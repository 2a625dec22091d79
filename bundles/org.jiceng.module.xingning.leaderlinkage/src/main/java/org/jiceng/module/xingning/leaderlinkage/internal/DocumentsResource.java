package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.common.Shares;
import org.jiceng.common.Validator;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents: the linkage table (市领导挂钩联系镇村一览表) as a workbook — a row per leader with the town, poor village and
 * weak village of the year, the checks per quarter and how the lists stand — and the quarter's circular on the checks
 * (检查通报: 定期组织人员对各单位落实情况进行检查通报) as a PDF. Kept apart so the rest of the module works where the core's
 * renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final LinkageFigures figures;
    private final Records records;
    private final Links links;
    private final SpreadsheetRenderer spreadsheets;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference LinkageFigures figures, @Reference Records records, @Reference Links links,
            @Reference SpreadsheetRenderer spreadsheets, @Reference DocumentRenderer renderer) {
        this.figures = figures;
        this.records = records;
        this.links = links;
        this.spreadsheets = spreadsheets;
        this.renderer = renderer;
    }

    /** The quarter's circular: the checks made in it and the items of the year past their day and not found done. */
    @GET
    @Path("circular.pdf")
    @Produces(DocumentRenderer.PDF)
    public Response circular(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        Integer y = Params.integer("year", year);
        Integer q = Params.integer("quarter", quarter);
        new Validator().require("year", y).require("quarter", q).range("quarter", q, 1, 4).throwIfInvalid();
        List<CheckView> checks = Pages.all("id", Records.CHECK_SORTABLE, page -> records.checks(code, y, q, null, null, page));
        List<ItemView> overdue = Pages.all("id", Records.ITEM_SORTABLE, page -> records.items(code, y, null, ItemState.OVERDUE, page));
        Map<Long, LinkView> byId = new HashMap<>();
        for (LinkView l : Pages.all("id", Links.SORTABLE, page -> links.list(code, y, null, null, page))) {
            byId.put(l.id, l);
        }
        byte[] pdf = renderer.pdf(circular(code, y, q, checks, overdue, byId));
        return Response.ok(pdf, DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"leader-linkage-circular-" + y + "-Q" + q + ".pdf\"").build();
    }

    static Document circular(String code, int year, int quarter, List<CheckView> checks, List<ItemView> overdue, Map<Long, LinkView> links) {
        List<List<String>> checkRows = new ArrayList<>();
        int n = 0;
        for (CheckView c : checks) {
            checkRows.add(List.of(String.valueOf(++n), text(c.leaderName), c.linkKind == null ? "" : c.linkKind.zh(), text(c.jurisdictionName),
                    c.checkedOn.toString(), c.kindZh, c.checkedBy, c.findings, String.valueOf(c.itemsDone.size())));
        }
        List<List<String>> overdueRows = new ArrayList<>();
        n = 0;
        for (ItemView i : overdue) {
            LinkView l = links.get(i.linkId);
            overdueRows.add(List.of(String.valueOf(++n), l == null ? "" : text(l.leaderName), l == null ? "" : l.kindZh,
                    l == null ? "" : text(l.jurisdictionName), i.title, i.responsibleUnit, i.dueOn.toString()));
        }
        return new Document("市领导挂钩指导党建工作检查通报(" + year + "年第" + quarter + "季度)", List.of(
                new Document.Fields(List.of(new Document.Field("范围", code), new Document.Field("检查次数", String.valueOf(checks.size())),
                        new Document.Field("逾期未完成事项", String.valueOf(overdue.size())))),
                new Document.Heading("检查情况"),
                new Document.Table(List.of("序号", "市领导", "挂钩对象", "名称", "日期", "方式", "检查人", "发现情况", "完成事项"), checkRows),
                new Document.Heading("逾期未完成事项"),
                new Document.Table(List.of("序号", "市领导", "挂钩对象", "名称", "事项", "责任单位", "期限"), overdueRows),
                new Document.Signature("中共兴宁市委组织部", LocalDate.now().toString())));
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
