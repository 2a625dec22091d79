package org.jiceng.module.wugang.villageappraisal.internal;

import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Dossier records by their own id: one entered in error is withdrawn while its year is open (version required: 409 when stale). */
@Component(service = RecordsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/records")
public class RecordsResource {
    private final Dossier dossier;

    @Activate
    public RecordsResource(@Reference Dossier dossier) {
        this.dossier = dossier;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("version") String version) {
        dossier.delete(code, Params.pathId("id", id), Params.id("version", version));
        return Response.noContent().build();
    }
}
