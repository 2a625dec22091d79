package org.jiceng.module.guangzong.villageassets.internal;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** The county's stock-taking campaigns, under {@code …/guangzong-village-assets/stocktakes}. */
@Component(service = StocktakesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/stocktakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StocktakesResource {
    private final Stocktakes stocktakes;

    @Activate
    public StocktakesResource(@Reference Stocktakes stocktakes) {
        this.stocktakes = stocktakes;
    }

    /** Body of POST stocktakes. */
    public static class StocktakeInput {
        public Integer year;
        public String title;
        public String startsOn;
    }

    /** Body of POST stocktakes/{id}/closing. */
    public static class VersionInput {
        public Long version;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the stocktake as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = StocktakeView.class)))
    public Response open(@PathParam("code") String code, StocktakeInput input) {
        StocktakeInput body = Params.body(input);
        StocktakeView s = stocktakes.open(code, body.year, body.title, Params.date("startsOn", body.startsOn), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/stocktakes/" + s.id)).entity(s).build();
    }

    @GET
    public Page<StocktakeView> list(@PathParam("code") String code, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Stocktakes.SORTABLE);
        return stocktakes.list(code, Params.enumOf(StocktakeStatus.class, "status", status), paging);
    }

    @GET
    @Path("{id}")
    public StocktakeView get(@PathParam("code") String code, @PathParam("id") String id) {
        return stocktakes.get(code, Params.pathId("id", id));
    }

    /** The campaign's results in the path's subtree: counted, differences by kind, settled, value lost and gained, per township. */
    @GET
    @Path("{id}/figures")
    public StocktakeFigures figures(@PathParam("code") String code, @PathParam("id") String id) {
        return stocktakes.figures(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/closing")
    public StocktakeView close(@PathParam("code") String code, @PathParam("id") String id, VersionInput input) {
        return stocktakes.close(code, Params.pathId("id", id), Params.body(input).version, LocalDate.now());
    }
}
