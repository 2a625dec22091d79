package org.jiceng.module.guangzong.workstandard.internal;

import java.util.List;

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

/** The units below the standard in a year's township checks, with what each rectifies, under {@code …/guangzong-work-standard/rectification?year=}. */
@Component(service = RectificationResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/rectification")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {
    private final Results results;

    @Activate
    public RectificationResource(@Reference Results results) {
        this.results = results;
    }

    @GET
    public List<RectificationRow> rectification(@PathParam("code") String code, @QueryParam("year") String year) {
        return results.rectification(code, Params.year("year", year));
    }
}
