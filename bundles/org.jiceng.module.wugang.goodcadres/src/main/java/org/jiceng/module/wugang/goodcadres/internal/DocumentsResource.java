package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Printable documents (PDF): a campaign's result list. Kept apart so the rest of the module works
 * where the core's document renderer is not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Campaigns campaigns;
    private final Results results;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference Campaigns campaigns, @Reference Results results, @Reference DocumentRenderer renderer) {
        this.campaigns = campaigns;
        this.results = results;
        this.renderer = renderer;
    }

    /** The result list, signed on the day of the last approval (so a reprint reads the same). */
    @GET
    @Path("campaigns/{campaignId}/results")
    @Produces(DocumentRenderer.PDF)
    public Response resultList(@PathParam("code") String code, @PathParam("campaignId") String campaignId) {
        long id = Params.id("campaignId", campaignId);
        CampaignView campaign = campaigns.get(code, id);
        List<ResultRow> rows = results.all(code, id);
        String issuedOn = rows.stream().map(r -> r.approvedOn).max(LocalDate::compareTo).orElse(LocalDate.now()).toString();
        byte[] pdf = renderer.pdf(ResultListDocument.of(campaign, results.figures(code, id), rows, issuedOn));
        return Response.ok(pdf, DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"good-cadres-" + campaign.year + ".pdf\"").build();
    }
}
