package org.jiceng.module.shunyi.innovationcases.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Pages;
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
 * The library printed and exchanged: a case as PDF (the text units study), the library's admitted
 * and promoted cases as a workbook. Kept apart so the rest of the module works where the core's
 * renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Cases cases;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Cases cases, @Reference DocumentRenderer renderer,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.cases = cases;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** One case as PDF: its three parts, the review and the units that took it up. */
    @GET
    @Path("cases/{caseId}")
    @Produces(DocumentRenderer.PDF)
    public Response pdf(@PathParam("code") String code, @PathParam("caseId") String id) {
        CaseView c = cases.get(code, Params.pathId("caseId", id));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Fields(List.of(new Document.Field("单位", c.unit + " (" + c.jurisdictionCode + ")"),
                new Document.Field("领域", c.area.name()), new Document.Field("状态", c.state.name()),
                new Document.Field("实现系统", c.moduleId == null ? "" : c.moduleId))));
        blocks.add(new Document.Heading("解剖一个案例"));
        blocks.add(new Document.Paragraph(c.dissection));
        blocks.add(new Document.Heading("解决一类问题"));
        blocks.add(new Document.Paragraph(c.problem == null ? "(未填写)" : c.problem));
        blocks.add(new Document.Heading("形成一套机制"));
        blocks.add(new Document.Paragraph(c.mechanism == null ? "(未填写)" : c.mechanism));
        if (c.reviewOpinion != null) {
            blocks.add(new Document.Paragraph("审核意见 (" + c.reviewedOn + "): " + c.reviewOpinion));
        }
        if (!c.adoptions.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            c.adoptions.forEach(a -> rows.add(List.of(a.unit, a.jurisdictionCode, a.adoptedOn.toString(), a.result == null ? "" : a.result)));
            blocks.add(new Document.Table(List.of("推广单位", "所在地", "采用日期", "成效"), rows));
        }
        blocks.add(new Document.Signature("顺义区党建创新案例库", store.today().toString()));
        byte[] pdf = renderer.pdf(new Document(c.title, blocks));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"innovation-case-" + c.id + ".pdf\"").build();
    }

    /** The library (admitted and promoted cases) with their adoptions, as a workbook. */
    @GET
    @Path("library.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response library(@PathParam("code") String code) {
        List<List<String>> rows = new ArrayList<>();
        for (CaseState state : List.of(CaseState.PROMOTED, CaseState.ADMITTED)) {
            Pages.each("id", Cases.SORTABLE, page -> cases.list(code, state, null, null, page), c -> rows.add(List.of(String.valueOf(c.id), c.title,
                    c.unit, c.jurisdictionCode, c.area.name(), c.state.name(), c.moduleId == null ? "" : c.moduleId,
                    c.reviewedOn == null ? "" : c.reviewedOn.toString(), c.promotedOn == null ? "" : c.promotedOn.toString(),
                    String.valueOf(c.adoptionCount))));
        }
        Document library = new Document(store.jurisdictions().get(code).name() + "党建创新案例库", List.of(new Document.Table(
                List.of("编号", "案例", "单位", "所在地", "领域", "状态", "实现系统", "纳入日期", "推广日期", "推广单位数"), rows)));
        return Response.ok(spreadsheets.xlsx(library), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"innovation-cases-" + code + ".xlsx\"").build();
    }
}
