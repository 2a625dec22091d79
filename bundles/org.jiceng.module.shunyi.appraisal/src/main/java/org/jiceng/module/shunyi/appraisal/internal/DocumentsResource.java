package org.jiceng.module.shunyi.appraisal.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.jiceng.scoring.Indicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's ranking as the district circulates it (XLSX) and a unit's result notice with the
 * measures taken on it (PDF). Kept apart so the rest of the module works where the core's renderers
 * are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Appraisal appraisal;
    private final Decisions decisions;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Appraisal appraisal, @Reference Decisions decisions,
            @Reference DocumentRenderer renderer,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.appraisal = appraisal;
        this.decisions = decisions;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The overall ranking (整体排名): a row per unit with its scores per indicator, total, rank and grade. */
    @GET
    @Path("ranking.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ranking(@PathParam("code") String code, @QueryParam("year") String yearParam) {
        Integer asked = Params.integer("year", yearParam);
        int year = asked != null ? asked : appraisal.latestYear(code);
        List<String> headers = new ArrayList<>(List.of("名次", "单位", "类别", "区划代码", "主要负责人"));
        AppraisalRules.INDICATORS.forEach(i -> headers.add(i.name() + "(" + i.maximum().intValue() + ")"));
        headers.addAll(List.of("总分", "等次"));
        List<List<String>> rows = new ArrayList<>();
        for (UnitView u : appraisal.allUnits(code, year)) {
            List<String> row = new ArrayList<>(
                    List.of(u.rank == null ? "" : String.valueOf(u.rank), u.name, u.kindZh, u.jurisdictionCode, u.principalName));
            for (Indicator i : AppraisalRules.INDICATORS) {
                Double score = u.scores.get(i.key());
                row.add(score == null ? "" : String.valueOf(score));
            }
            row.add(String.valueOf(u.total));
            row.add(u.grade == null ? "" : u.grade);
            rows.add(row);
        }
        Document document = new Document(year + "年党建工作绩效考评整体排名", List.of(new Document.Table(headers, rows)));
        return Response.ok(spreadsheets.xlsx(document), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"appraisal-" + code + "-" + year + ".xlsx\"").build();
    }

    /** A unit's result notice (考核结果通知): scores, total, rank, grade, what the grade entails and the measures taken. */
    @GET
    @Path("units/{unitId}")
    @Produces(DocumentRenderer.PDF)
    public Response notice(@PathParam("code") String code, @PathParam("unitId") String id) {
        UnitView u = appraisal.unit(code, Params.pathId("unitId", id));
        List<Document.Field> fields = new ArrayList<>(List.of(new Document.Field("单位", u.name), new Document.Field("主要负责人", u.principalName),
                new Document.Field("年度", String.valueOf(u.year))));
        for (Indicator i : AppraisalRules.INDICATORS) {
            Double score = u.scores.get(i.key());
            fields.add(new Document.Field(i.name(), (score == null ? "未评分" : String.valueOf(score)) + " / " + i.maximum().intValue()));
        }
        fields.add(new Document.Field("总分", String.valueOf(u.total)));
        fields.add(new Document.Field("名次", u.rank == null ? "" : u.rank + " / " + u.rankedOf));
        fields.add(new Document.Field("等次", u.grade == null ? "" : u.grade));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(fields));
        blocks.add(new Document.Heading("结果运用"));
        blocks.add(new Document.Paragraph(u.consequence == null ? "" : u.consequence));
        Page<DecisionView> taken = decisions.list(code, u.year, u.id, null, null, PageRequest.first(PageRequest.MAX_SIZE));
        List<List<String>> rows = new ArrayList<>();
        for (DecisionView d : taken.items()) {
            rows.add(List.of(d.measureZh, d.personName == null ? "(单位)" : d.personName, d.decidedOn.toString()));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Document.Table(List.of("措施", "对象", "决定日期"), rows));
        }
        blocks.add(new Document.Signature("中共" + store.jurisdictions().get(store.countyOf(code)).name() + "委党的建设工作领导小组", store.today().toString()));
        byte[] pdf = renderer.pdf(new Document(u.year + "年党建工作绩效考评结果通知", blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"appraisal-unit-" + u.id + ".pdf\"").build();
    }
}
