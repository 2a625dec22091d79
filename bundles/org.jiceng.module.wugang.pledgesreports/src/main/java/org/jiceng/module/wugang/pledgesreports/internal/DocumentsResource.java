package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.duty.RoundResults;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Printable documents (PDF): a round's results. Kept apart so the rest of the module works where
 * the core's document renderer is not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Wugang.MODULE_ID + "/documents")
public class DocumentsResource {
    private final DutyRounds rounds;
    private final JurisdictionService jurisdictions;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference DutyRounds rounds, @Reference JurisdictionService jurisdictions, @Reference DocumentRenderer renderer) {
        this.rounds = rounds;
        this.jurisdictions = jurisdictions;
        this.renderer = renderer;
    }

    /** The round's results, signed on the day it closed (so a reprint reads the same), or today while open. */
    @GET
    @Path("rounds/{roundId}/results")
    @Produces(DocumentRenderer.PDF)
    public Response results(@PathParam("code") String code, @PathParam("roundId") String roundId) {
        RoundResults results = rounds.results(code, Params.pathId("roundId", roundId));
        Map<String, String> names = new HashMap<>();
        for (Jurisdiction j : jurisdictions.subtreeList(results.round().jurisdictionCode(), JurisdictionLevel.TOWNSHIP)) {
            names.put(j.code(), j.name());
        }
        LocalDate issuedOn = results.round().closedOn() == null ? LocalDate.now() : results.round().closedOn();
        byte[] pdf = renderer.pdf(RoundResultsDocument.of(results, names, issuedOn.toString()));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition",
                "inline; filename=\"duty-reports-" + results.round().year() + "-" + results.round().period() + ".pdf\"").build();
    }
}
