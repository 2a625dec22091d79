package org.jiceng.module.shunyi.innovationcases.internal;

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

/** The library's figures under {@code /api/v1/jurisdictions/{code}/shunyi-innovation-cases/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final CaseFigures figures;

    @Activate
    public FiguresResource(@Reference CaseFigures figures) {
        this.figures = figures;
    }

    /** Cases by state in all, per area and per township, with their adoptions. */
    @GET
    public Figures figures(@PathParam("code") String code) {
        return figures.figures(code);
    }
}
