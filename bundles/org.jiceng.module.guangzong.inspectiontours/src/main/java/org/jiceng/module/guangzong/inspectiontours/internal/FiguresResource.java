package org.jiceng.module.guangzong.inspectiontours.internal;

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

/** The figures under {@code /api/v1/jurisdictions/{code}/guangzong-inspection-tours/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final TourFigures figures;

    @Activate
    public FiguresResource(@Reference TourFigures figures) {
        this.figures = figures;
    }

    /** Units per kind, visits per mode, problems found, rectified and verified, accountability per type; in all and per round; every round without a year. */
    @GET
    public Figures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return figures.figures(code, Params.integer("year", year));
    }
}
