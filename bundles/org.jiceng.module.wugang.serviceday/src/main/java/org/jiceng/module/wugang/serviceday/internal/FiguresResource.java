package org.jiceng.module.wugang.serviceday.internal;

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

/** Figures per village and township under {@code /api/v1/jurisdictions/{code}/wugang-service-day/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final ServiceDayFigures figures;

    @Activate
    public FiguresResource(@Reference ServiceDayFigures figures) {
        this.figures = figures;
    }

    @GET
    public Figures figures(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.figures(code, Params.date("from", from), Params.date("to", to));
    }
}
