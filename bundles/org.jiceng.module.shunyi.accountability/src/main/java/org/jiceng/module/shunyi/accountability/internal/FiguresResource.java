package org.jiceng.module.shunyi.accountability.internal;

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

/** Statistics under {@code /api/v1/jurisdictions/{code}/shunyi-accountability/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final AccountabilityFigures figures;

    @Activate
    public FiguresResource(@Reference AccountabilityFigures figures) {
        this.figures = figures;
    }

    /** Cases per class of the catalogue and per unit, with their penalties. */
    @GET
    public Figures figures(@PathParam("code") String code) {
        return figures.figures(code);
    }
}
