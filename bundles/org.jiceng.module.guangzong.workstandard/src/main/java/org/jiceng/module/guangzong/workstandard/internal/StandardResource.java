package org.jiceng.module.guangzong.workstandard.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The county's standard, under {@code …/guangzong-work-standard/standard}: read anywhere in the county, revised at the county. */
@Component(service = StandardResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/standard")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandardResource {
    private final Standards standards;

    @Activate
    public StandardResource(@Reference Standards standards) {
        this.standards = standards;
    }

    @GET
    public StandardView get(@PathParam("code") String code) {
        return standards.view(code);
    }

    @PUT
    public StandardView revise(@PathParam("code") String code, StandardView.Input input) {
        return standards.revise(code, Params.body(input));
    }
}
