package org.jiceng.module.xingning.residentcontact.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The days each level has, under {@code /api/v1/jurisdictions/{code}/xingning-resident-contact/deadlines} (the city's configuration). */
@Component(service = DeadlinesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {
    private final Deadlines deadlines;

    @Activate
    public DeadlinesResource(@Reference Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    public Deadlines.Entry[] deadlines(@PathParam("code") String code) {
        return deadlines.entries();
    }
}
