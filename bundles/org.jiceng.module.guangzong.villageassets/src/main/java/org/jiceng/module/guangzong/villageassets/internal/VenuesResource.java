package org.jiceng.module.guangzong.villageassets.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Venues, their ledgers and their counts, under {@code /api/v1/jurisdictions/{code}/guangzong-village-assets/venues}. */
@Component(service = VenuesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/venues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenuesResource {
    private final Venues venues;
    private final Stocktakes stocktakes;

    @Activate
    public VenuesResource(@Reference Venues venues, @Reference Stocktakes stocktakes) {
        this.venues = venues;
        this.stocktakes = stocktakes;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the venue as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = VenueView.class)))
    public Response register(@PathParam("code") String code, Venues.VenueInput input) {
        VenueView v = venues.register(code, Params.body(input), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/venues/" + v.id)).entity(v).build();
    }

    @GET
    public Page<VenueView> list(@PathParam("code") String code, @QueryParam("township") String township,
            @QueryParam("improvement") String improvement, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Venues.SORTABLE);
        return venues.list(code, township, Params.enumOf(Improvement.class, "improvement", improvement), paging);
    }

    @GET
    @Path("{id}")
    public VenueView get(@PathParam("code") String code, @PathParam("id") String id) {
        return venues.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}")
    public VenueView update(@PathParam("code") String code, @PathParam("id") String id, Venues.VenueInput input) {
        return venues.update(code, Params.pathId("id", id), Params.body(input));
    }

    /** The venue's ledger card: items and adjustments. */
    @GET
    @Path("{id}/ledger")
    public LedgerView ledger(@PathParam("code") String code, @PathParam("id") String id) {
        return venues.ledger(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/items")
    @ApiResponse(responseCode = "201", description = "Created: the item as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response addItem(@PathParam("code") String code, @PathParam("id") String id, Venues.ItemInput input) {
        ItemView i = venues.addItem(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/items/" + i.id)).entity(i).build();
    }

    @GET
    @Path("{id}/items")
    public Page<ItemView> items(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("category") String category,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Venues.ITEM_SORTABLE);
        return venues.items(code, venues.get(code, Params.pathId("id", id)).id, Params.enumOf(ItemCategory.class, "category", category), paging);
    }

    /** The venue's count in an open stock-taking of its county: every item of its ledger once (422 when closed or counted already). */
    @POST
    @Path("{id}/counts")
    public List<CountView> count(@PathParam("code") String code, @PathParam("id") String id, Stocktakes.VenueCount input) {
        return stocktakes.count(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }
}
