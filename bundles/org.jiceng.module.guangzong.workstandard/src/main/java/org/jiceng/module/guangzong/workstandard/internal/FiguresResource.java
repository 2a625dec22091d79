package org.jiceng.module.guangzong.workstandard.internal;

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

/** A year's pass rates per category, township and scope, under {@code …/guangzong-work-standard/figures?year=}. */
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
        return results.figures(code, Params.year("year", year));
    }
}
