package org.jiceng.module.wugang.twocreations.internal;

import java.time.LocalDate;

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

/** The year's pass rate and model branches, under {@code …/wugang-two-creations/figures?year=} (the current year by default). */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final Results results;

    @Activate
    public FiguresResource(@Reference Results results) {
        this.results = results;
    }

    @GET
    public Figures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return results.figures(code, Params.integer("year", year), LocalDate.now());
    }
}
