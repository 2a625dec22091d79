package org.jiceng.module.wugang.serviceday.internal;

import java.util.List;

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

/** The county's catalogue of matters with the promised deadlines, under {@code …/wugang-service-day/catalogue}. */
@Component(service = CatalogueResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final Catalogue catalogue;

    @Activate
    public CatalogueResource(@Reference Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<Catalogue.Entry> entries(@PathParam("code") String code) {
        return catalogue.entries();
    }
}
