package org.jiceng.module.guangzong.villageassets.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's figures for the path's subtree, under {@code …/guangzong-village-assets/figures}. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final Venues venues;
    private final Funds funds;

    @Activate
    public FiguresResource(@Reference Venues venues, @Reference Funds funds) {
        this.venues = venues;
        this.funds = funds;
    }

    /** The ledgers: venues by improvement, investment, areas, equipment and book value. */
    @GET
    public AssetFigures assets(@PathParam("code") String code) {
        return venues.figures(code);
    }

    /** Supervision of the funds of a year: budget, spent, approved, pending, rejected. */
    @GET
    @Path("funds")
    public FundFigures funds(@PathParam("code") String code, @QueryParam("year") String year) {
        return funds.figures(code, Params.year("year", year));
    }
}
