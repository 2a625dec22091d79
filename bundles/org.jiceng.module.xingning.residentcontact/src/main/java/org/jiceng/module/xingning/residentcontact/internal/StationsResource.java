package org.jiceng.module.xingning.residentcontact.internal;

import java.net.URI;

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

/** Stationed cadres under {@code /api/v1/jurisdictions/{code}/xingning-resident-contact/stations}. */
@Component(service = StationsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationsResource {
    private final Stations stations;

    @Activate
    public StationsResource(@Reference Stations stations) {
        this.stations = stations;
    }

    @GET
    public Page<StationView> list(@PathParam("code") String code, @QueryParam("village") String village, @QueryParam("town") String town,
            @QueryParam("memberId") String memberId, @QueryParam("active") String active, @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Stations.SORTABLE);
        return stations.list(code, village, town, Params.id("memberId", memberId), Params.bool("active", active), paging);
    }

    /** Stations a town cadre in a village; 422 cadre-not-of-town, cadre-already-stationed. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the station as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response station(@PathParam("code") String code, Stations.NewStation input) {
        StationView created = stations.station(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/stations/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{stationId}")
    public StationView get(@PathParam("code") String code, @PathParam("stationId") String id) {
        return stations.get(code, Params.pathId("stationId", id));
    }

    /** Ends the stationing; 422 stationing-ended. */
    @PUT
    @Path("{stationId}/end")
    public StationView end(@PathParam("code") String code, @PathParam("stationId") String id, Stations.End input) {
        return stations.end(code, Params.pathId("stationId", id), Params.body(input));
    }
}
