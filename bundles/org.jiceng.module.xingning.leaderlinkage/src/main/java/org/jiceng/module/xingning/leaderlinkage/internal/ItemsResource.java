package org.jiceng.module.xingning.leaderlinkage.internal;

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

/** The responsibility lists' items across links under {@code /api/v1/jurisdictions/{code}/xingning-leader-linkage/items}. */
@Component(service = ItemsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {
    private final Records records;
    private final Links links;

    @Activate
    public ItemsResource(@Reference Records records, @Reference Links links) {
        this.records = records;
        this.links = links;
    }

    /** Items by year, link and state (DONE, DONE_LATE, OVERDUE, OPEN as of today), by due date. */
    @GET
    public Page<ItemView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("linkId") String linkId,
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Records.ITEM_SORTABLE);
        return records.items(code, Params.integer("year", year), Params.id("linkId", linkId), Params.enumOf(ItemState.class, "state", state), paging);
    }

    @GET
    @Path("{itemId}")
    public ItemView get(@PathParam("code") String code, @PathParam("itemId") String id) {
        return records.item(code, Params.pathId("itemId", id));
    }

    /** Corrects an item not yet found done (the item's version; 409 when stale); 422 item-already-done. */
    @PUT
    @Path("{itemId}")
    public ItemView change(@PathParam("code") String code, @PathParam("itemId") String id, Links.ItemChange input) {
        return links.changeItem(code, Params.pathId("itemId", id), Params.body(input));
    }
}
