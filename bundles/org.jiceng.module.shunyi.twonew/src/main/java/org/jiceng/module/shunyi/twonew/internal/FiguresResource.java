package org.jiceng.module.shunyi.twonew.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Coverage and talent figures under {@code /api/v1/jurisdictions/{code}/shunyi-two-new/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final CoverageFigures figures;

    @Activate
    public FiguresResource(@Reference CoverageFigures figures) {
        this.figures = figures;
    }

    /** Coverage of enterprises and social organizations, in all and per township, and the talent reserve. */
    @GET
    public Figures figures(@PathParam("code") String code) {
        return figures.figures(code);
    }
}
