package org.jiceng.module.xingning.towncongress.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** One election and its count: {@code …/xingning-town-congress/elections}. */
@Component(service = ElectionsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/elections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionsResource {
    private final Elections elections;

    @Activate
    public ElectionsResource(@Reference Elections elections) {
        this.elections = elections;
    }

    @GET
    @Path("{id}")
    public Views.Election get(@PathParam("code") String code, @PathParam("id") String id) {
        return elections.get(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/count")
    public Views.Election count(@PathParam("code") String code, @PathParam("id") String id, Elections.Count in) {
        return elections.count(code, Params.pathId("id", id), Params.body(in));
    }
}
