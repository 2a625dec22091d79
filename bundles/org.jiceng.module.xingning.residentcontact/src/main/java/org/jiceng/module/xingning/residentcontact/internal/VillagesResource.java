package org.jiceng.module.xingning.residentcontact.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Village registers under {@code /api/v1/jurisdictions/{code}/xingning-resident-contact/villages}: households and the visit rate. */
@Component(service = VillagesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VillagesResource {
    private final Villages villages;

    @Activate
    public VillagesResource(@Reference Villages villages) {
        this.villages = villages;
    }

    /** Registered villages of the subtree (optionally of one town) with the households visited in the year (this year by default). */
    @GET
    public Page<VillageView> list(@PathParam("code") String code, @QueryParam("town") String town, @QueryParam("year") String year,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Villages.SORTABLE);
        return villages.list(code, town, Params.integer("year", year), paging);
    }

    @GET
    @Path("{villageCode}")
    public VillageView get(@PathParam("code") String code, @PathParam("villageCode") String villageCode, @QueryParam("year") String year) {
        return villages.get(code, villageCode, Params.integer("year", year));
    }

    /** Registers or corrects the village's households (the version read, none the first time); 422 households-below-visited. */
    @PUT
    @Path("{villageCode}")
    public VillageView register(@PathParam("code") String code, @PathParam("villageCode") String villageCode, Villages.Register input) {
        return villages.register(code, villageCode, Params.body(input));
    }
}
