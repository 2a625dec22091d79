package org.jiceng.module.xingning.leaderlinkage.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The year's figures under {@code /api/v1/jurisdictions/{code}/xingning-leader-linkage/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final LinkageFigures figures;

    @Activate
    public FiguresResource(@Reference LinkageFigures figures) {
        this.figures = figures;
    }

    @GET
    public Figures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return figures.figures(code, Params.integer("year", year));
    }
}
