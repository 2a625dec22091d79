package org.jiceng.module.xingning.residentcontact.internal;

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
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's ledger (驻点联系群众工作台账, XLSX): a row per village — register, visits, problems and the
 * level that resolved them — and the problems still open. Kept apart so the rest of the module works
 * where the core's renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final ContactFigures figures;
    private final ResidentProblems problems;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference ContactFigures figures, @Reference ResidentProblems problems,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.figures = figures;
        this.problems = problems;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("ledger.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ledger(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        int year = figures.year(Params.integer("year", yearParam));
        Figures total = figures.figures(code, year);
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(
                List.of(new Document.Field("区划", total.total.name + " (" + code + ")"), new Document.Field("年度", String.valueOf(year)),
                        new Document.Field("收集问题", total.total.collected + " 件, 办结率 " + percent2(total.total.resolvedRate)),
                        new Document.Field("进户率",
                                percent2(total.total.visitRate) + " (" + total.total.householdsVisited + " / " + total.total.households + " 户)"))));
        blocks.add(new Document.Heading("各村情况"));
        List<List<String>> villages = new ArrayList<>();
        for (Figures.FigureRow v : figures.perVillage(code, year)) {
            villages.add(List.of(v.key, v.name, String.valueOf(v.households), String.valueOf(v.householdsVisited), v.visitRate.toPlainString(),
                    String.valueOf(v.collected), String.valueOf(v.resolved), v.resolvedRate.toPlainString(),
                    String.valueOf(v.perLevel.get(0).resolved),
                    String.valueOf(v.perLevel.get(1).resolved), String.valueOf(v.perLevel.get(2).resolved), String.valueOf(v.open),
                    String.valueOf(v.overdue)));
        }
        blocks.add(new Document.Table(List.of("区划代码", "村(社区)", "登记户数", "走访户数", "进户率", "收集问题", "已办结", "办结率", "村级办结", "镇级办结", "市级办结",
                "未办结", "超期"), villages));
        blocks.add(new Document.Heading("未办结问题"));
        List<List<String>> open = new ArrayList<>();
        Pages.each("id", ResidentProblems.SORTABLE, page -> problems.list(code, null, null, null, ResidentProblems.State.OPEN, year, page),
                p -> open.add(List.of(String.valueOf(p.id), p.villageCode, p.raisedOn.toString(), p.levelZh, p.levelDeadline.toString(),
                        p.overdue ? "超期" : "", p.cityUnit == null ? "" : p.cityUnit, p.description)));
        blocks.add(new Document.Table(List.of("编号", "村(社区)", "收集日期", "办理层级", "本级时限", "超期", "市直单位", "问题"), open));
        Document document = new Document(year + "年驻点联系群众工作台账", blocks);
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"resident-contact-ledger-" + code + "-" + year + ".xlsx\"").build();
    }

    /** 0.9706 → "97.06%": the seed prints these rates with two decimals. */
    static String percent2(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
