package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
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
 * Documents: a campaign's result list, printed (PDF) and as a spreadsheet (XLSX), both from one
 * {@link ResultListDocument}. Kept apart so the rest of the module works where the core's document
 * and spreadsheet renderers are not installed: only this resource waits for them.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Campaigns campaigns;
    private final Results results;
    private final DocumentRenderer renderer;
    private final SpreadsheetRenderer spreadsheets;

    @Activate
    public DocumentsResource(@Reference Campaigns campaigns, @Reference Results results, @Reference DocumentRenderer renderer,
            @Reference SpreadsheetRenderer spreadsheets) {
        this.campaigns = campaigns;
        this.results = results;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
    }

    /** The result list, signed on the day of the last approval (so a reprint reads the same). */
    @GET
    @Path("campaigns/{campaignId}/results")
    @Produces(DocumentRenderer.PDF)
    public Response resultList(@PathParam("code") String code, @PathParam("campaignId") String campaignId) {
        ResultList list = load(code, campaignId);
        return Response.ok(renderer.pdf(list.document()), DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"good-cadres-" + list.year() + ".pdf\"").build();
    }

    /** The same result list as a workbook, one row per good cadre approved. */
    @GET
    @Path("campaigns/{campaignId}/results.xlsx")
    @Produces(SpreadsheetRenderer.XLSX)
    public Response resultListXlsx(@PathParam("code") String code, @PathParam("campaignId") String campaignId) {
        ResultList list = load(code, campaignId);
        return Response.ok(spreadsheets.xlsx(list.document()), SpreadsheetRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"good-cadres-" + list.year() + ".xlsx\"").build();
    }

    private record ResultList(int year, Document document) {
    }

    private ResultList load(String code, String campaignId) {
        long id = Params.id("campaignId", campaignId);
        CampaignView campaign = campaigns.get(code, id);
        List<ResultRow> rows = results.all(code, id);
        String issuedOn = rows.stream().map(r -> r.approvedOn).max(LocalDate::compareTo).orElse(LocalDate.now()).toString();
        return new ResultList(campaign.year, ResultListDocument.of(campaign, results.figures(code, id), rows, issuedOn));
    }
}
