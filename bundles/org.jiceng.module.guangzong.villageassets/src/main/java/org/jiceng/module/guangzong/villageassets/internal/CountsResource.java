package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** Counts of the stock-takings in the path's subtree and their settlement, under {@code …/guangzong-village-assets/counts}. */
@Component(service = CountsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/counts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountsResource {
    private final Stocktakes stocktakes;

    @Activate
    public CountsResource(@Reference Stocktakes stocktakes) {
        this.stocktakes = stocktakes;
    }

    /** Body of POST counts/{id}/settlement. */
    public static class SettlementInput {
        public String reason;
        public Long version;
    }

    /** Counts; {@code differences=true} lists the differences only, {@code settled} filters them by settlement. */
    @GET
    public Page<CountView> list(@PathParam("code") String code, @QueryParam("stocktakeId") String stocktakeId, @QueryParam("kind") String kind,
            @QueryParam("differences") String differences, @QueryParam("settled") String settled, @QueryParam("venueId") String venueId,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Stocktakes.COUNT_SORTABLE);
        return stocktakes.counts(code, new Stocktakes.Filter(Params.id("stocktakeId", stocktakeId), Params.enumOf(DifferenceKind.class, "kind", kind),
                Params.bool("differences", differences), Params.bool("settled", settled), Params.id("venueId", venueId)), paging);
    }

    @GET
    @Path("{id}")
    public CountView get(@PathParam("code") String code, @PathParam("id") String id) {
        return stocktakes.getCount(code, Params.pathId("id", id));
    }

    /** Settles the difference: the ledger adjusted to what was found, less the damaged, with the reason. */
    @POST
    @Path("{id}/settlement")
    public CountView settle(@PathParam("code") String code, @PathParam("id") String id, SettlementInput input) {
        SettlementInput body = Params.body(input);
        return stocktakes.settle(code, Params.pathId("id", id), body.reason, body.version, LocalDate.now());
    }
}
