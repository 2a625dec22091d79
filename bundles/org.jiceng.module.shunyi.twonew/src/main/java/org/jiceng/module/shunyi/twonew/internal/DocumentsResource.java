package org.jiceng.module.shunyi.twonew.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.document.SpreadsheetRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ledger exchanged and printed: the summary as a workbook (a sheet per kind, counts as numbers,
 * contacts masked), a unit's sheet as PDF. Kept apart so the rest of the module works where the
 * core's renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Sheets sheets;
    private final CoverageFigures figures;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Sheets sheets, @Reference CoverageFigures figures,
            @Reference DocumentRenderer renderer, @Reference SpreadsheetRenderer spreadsheets) {
        this.store = store;
        this.sheets = sheets;
        this.figures = figures;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The summary ledger of the subtree (两新组织工作汇总台账) as a workbook. */
    @GET
    @Path("ledger.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response ledger(@PathParam("code") String code) {
        Jurisdiction scope = store.jurisdictions().get(code);
        byte[] xlsx = spreadsheets.xlsx(LedgerDocuments.summary(scope.name(), figures.figures(code), sheets.open(code, UnitKind.ENTERPRISE),
                sheets.open(code, UnitKind.SOCIAL_ORGANIZATION), store.today()));
        return Response.ok(xlsx, SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"two-new-ledger-" + code + "-" + store.today() + ".xlsx\"").build();
    }

    /** One unit's sheet (一企一表 / 一社一表) as PDF, in full. */
    @GET
    @Path("sheets/{sheetId}")
    @Produces(DocumentRenderer.PDF)
    public Response sheet(@PathParam("code") String code, @PathParam("sheetId") String id) {
        SheetView s = sheets.get(code, Params.pathId("sheetId", id));
        String township = store.nameOf(s.townshipCode);
        byte[] pdf = renderer.pdf(LedgerDocuments.sheet(s, township, store.today()));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"two-new-sheet-" + s.id + ".pdf\"").build();
    }
}
