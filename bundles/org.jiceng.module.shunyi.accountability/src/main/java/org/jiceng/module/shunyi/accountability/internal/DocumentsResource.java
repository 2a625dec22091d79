package org.jiceng.module.shunyi.accountability.internal;

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
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A decided case as the decision the district issues (PDF), and the statistics per class and unit as
 * a workbook. Kept apart so the rest of the module works where the core's renderers are not
 * installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Cases cases;
    private final AccountabilityFigures figures;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Cases cases, @Reference AccountabilityFigures figures,
            @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.cases = cases;
        this.figures = figures;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The case as a decision (党建工作责任追究决定). */
    @GET
    @Path("cases/{caseId}")
    @Produces(DocumentRenderer.PDF)
    public Response decision(@PathParam("code") String code, @PathParam("caseId") String id) {
        CaseView c = cases.get(code, Params.pathId("caseId", id));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(
                List.of(new Document.Field("被追究人", c.personName), new Document.Field("单位", c.unit + " (" + c.jurisdictionCode + ")"),
                        new Document.Field("追究对象", c.responsibilityZh), new Document.Field("行为", c.behaviour.code + " " + c.behaviour.description),
                        new Document.Field("类别", c.behaviour.classCode + " " + c.behaviour.className),
                        new Document.Field("关联问题", c.problemId == null ? "" : String.valueOf(c.problemId)))));
        blocks.add(new Document.Heading("事实"));
        blocks.add(new Document.Paragraph(c.facts));
        blocks.add(new Document.Heading("处理"));
        blocks.add(new Document.Paragraph(switch (c.state) {
            case OPEN -> "尚未作出决定。";
            case DECIDED -> "给予" + c.penaltyZh + "。" + (c.decisionNote == null ? "" : c.decisionNote);
            case DISMISSED -> "不予追究: " + c.decisionNote;
        }));
        blocks.add(new Document.Signature("中共" + store.jurisdictions().get(Store.DISTRICT).name() + "委员会组织部",
                c.decidedOn == null ? store.today().toString() : c.decidedOn.toString()));
        byte[] pdf = renderer.pdf(new Document("党建工作责任追究决定", blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"accountability-" + c.id + ".pdf\"").build();
    }

    /** The statistics per class of the catalogue and per unit, counts as numbers. */
    @GET
    @Path("figures.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response figures(@PathParam("code") String code) {
        Figures f = figures.figures(code);
        List<String> headers = new ArrayList<>(List.of("编号", "名称", "案件", "未决", "追究", "不予追究", "关联问题"));
        for (Penalty p : Penalty.values()) {
            headers.add(p.zh());
        }
        Document document = new Document(f.total.name + "党建工作责任追究统计",
                List.of(new Document.Heading("按类别"), new Document.Table(headers, rows(f.classes)), new Document.Heading("按单位"),
                        new Document.Table(headers, rows(f.units))));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"accountability-" + code + ".xlsx\"").build();
    }

    private static List<List<String>> rows(List<Figures.FigureRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Figures.FigureRow r : rows) {
            List<String> row = new ArrayList<>(List.of(r.key, r.name, String.valueOf(r.cases), String.valueOf(r.open), String.valueOf(r.decided),
                    String.valueOf(r.dismissed), String.valueOf(r.linkedToProblem)));
            for (Penalty p : Penalty.values()) {
                row.add(String.valueOf(r.penalties.getOrDefault(p, 0L)));
            }
            out.add(row);
        }
        return out;
    }
}
