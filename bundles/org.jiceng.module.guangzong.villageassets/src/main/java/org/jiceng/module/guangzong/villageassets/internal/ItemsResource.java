package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;

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

/** Items of the venue ledgers by id, under {@code …/guangzong-village-assets/items}. */
@Component(service = ItemsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {
    private final Venues venues;

    @Activate
    public ItemsResource(@Reference Venues venues) {
        this.venues = venues;
    }

    /** Items of the venues in the path's subtree. */
    @GET
    public Page<ItemView> list(@PathParam("code") String code, @QueryParam("venueId") String venueId, @QueryParam("category") String category,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Venues.ITEM_SORTABLE);
        return venues.items(code, Params.id("venueId", venueId), Params.enumOf(ItemCategory.class, "category", category), paging);
    }

    @GET
    @Path("{id}")
    public ItemView get(@PathParam("code") String code, @PathParam("id") String id) {
        return venues.getItem(code, Params.pathId("id", id));
    }

    /** Corrects an item (422 item-under-open-count for a quantity change while a difference of it is unsettled). */
    @PUT
    @Path("{id}")
    public ItemView update(@PathParam("code") String code, @PathParam("id") String id, Venues.ItemInput input) {
        return venues.updateItem(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }
}
