package org.jiceng.module.shunyi.meetings.internal;

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

/** A year's figures under {@code /api/v1/jurisdictions/{code}/shunyi-meetings/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final MeetingFigures figures;

    @Activate
    public FiguresResource(@Reference MeetingFigures figures) {
        this.figures = figures;
    }

    /** Meetings planned and held per kind, matters through their four ups and downs, decided and completed; without a year, this year. */
    @GET
    public Figures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return figures.figures(code, Params.integer("year", year));
    }
}
