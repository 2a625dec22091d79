package org.jiceng.module.xingning.residentcontact.internal;

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

/** The year's figures under {@code /api/v1/jurisdictions/{code}/xingning-resident-contact/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final ContactFigures figures;

    @Activate
    public FiguresResource(@Reference ContactFigures figures) {
        this.figures = figures;
    }

    /** Visits against the register and problems by level, in all and per town; without a year, this year. */
    @GET
    public Figures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return figures.figures(code, Params.integer("year", year));
    }

}
