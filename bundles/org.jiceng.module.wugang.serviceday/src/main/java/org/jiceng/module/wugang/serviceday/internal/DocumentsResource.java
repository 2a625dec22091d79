package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.document.DocumentRenderer;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The village's ledger as PDF, for the paper file the village keeps. Kept apart so the rest of the
 * module works where the core's document renderer is not installed: only this resource waits for it.
 */
@Component(service = DocumentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/documents")
public class DocumentsResource {
    private final Store store;
    private final Sessions sessions;
    private final Applications applications;
    private final ServiceDayFigures figures;
    private final DocumentRenderer renderer;

    @Activate
    public DocumentsResource(@Reference Store store, @Reference Sessions sessions, @Reference Applications applications,
            @Reference ServiceDayFigures figures, @Reference DocumentRenderer renderer) {
        this.store = store;
        this.sessions = sessions;
        this.applications = applications;
        this.figures = figures;
        this.renderer = renderer;
    }

    /** The ledger of a village's service days from {@code from} (default: 1 January) to {@code to} (default: today). */
    @GET
    @Path("ledger/{village}")
    @Produces(DocumentRenderer.PDF)
    public Response ledger(@PathParam("code") String code, @PathParam("village") String village, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate today = store.today();
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        start = start == null ? today.withDayOfYear(1) : start;
        end = end == null ? today : end;
        new Validator().check(!end.isBefore(start), "to", "must not be before from").throwIfInvalid();
        Jurisdiction v = sessions.village(code, village);
        List<SessionView> days = sessions.ofVillage(code, v.code(), start, end);
        List<ApplicationView> received = applications.receivedIn(v.code(), start, end);
        FigureRow total = figures.figures(v.code(), start, end).total;
        byte[] pdf = renderer.pdf(LedgerDocument.of(v.name(), v.code(), start, end, days, received, total, today));
        return Response.ok(pdf, DocumentRenderer.PDF)
                .header("Content-Disposition", "inline; filename=\"service-day-ledger-" + v.code() + "-" + start + ".pdf\"").build();
    }
}
