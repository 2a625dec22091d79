package org.jiceng.module.xiajiang.threemembers.internal;

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
 * The appointment letter (聘书) as PDF. Kept apart so that the rest of the module works where the
 * core's document renderer is not installed: only this resource waits for it.
 */
@Component(service = AppointmentLetterResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/appointment-letters")
public class AppointmentLetterResource {
    private final Selection selection;
    private final DocumentRenderer renderer;

    @Activate
    public AppointmentLetterResource(@Reference Selection selection, @Reference DocumentRenderer renderer) {
        this.selection = selection;
        this.renderer = renderer;
    }

    @GET
    @Path("{dispatchId}")
    @Produces(DocumentRenderer.PDF)
    public Response letter(@PathParam("code") String code, @PathParam("dispatchId") String dispatchId) {
        long id = Params.pathId("dispatchId", dispatchId);
        byte[] pdf = renderer.pdf(selection.appointmentLetter(code, id));
        return Response.ok(pdf, DocumentRenderer.PDF).header("Content-Disposition", "inline; filename=\"appointment-" + id + ".pdf\"").build();
    }
}
