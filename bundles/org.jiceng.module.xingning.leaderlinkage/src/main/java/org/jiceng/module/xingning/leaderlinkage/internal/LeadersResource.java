package org.jiceng.module.xingning.leaderlinkage.internal;

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

/** The city leaders under {@code /api/v1/jurisdictions/{code}/xingning-leader-linkage/leaders}. */
@Component(service = LeadersResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/leaders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadersResource {
    private final Leaders leaders;

    @Activate
    public LeadersResource(@Reference Leaders leaders) {
        this.leaders = leaders;
    }

    /** The leaders of the cities in the subtree; {@code serving=true} leaves out those who left. */
    @GET
    public Page<LeaderView> list(@PathParam("code") String code, @QueryParam("serving") String serving, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Leaders.SORTABLE);
        return leaders.list(code, Params.bool("serving", serving), paging);
    }

    /** Registers a city leader at the city; 422 linkage-kept-by-county, leader-not-city-level, leader-already-registered. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the leader as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = LeaderView.class)))
    public Response register(@PathParam("code") String code, Leaders.NewLeader input) {
        LeaderView created = leaders.register(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/leaders/" + created.id)).entity(created).build();
    }

    /** A leader with the links of {@code year} (without one, of every year). */
    @GET
    @Path("{leaderId}")
    public LeaderView get(@PathParam("code") String code, @PathParam("leaderId") String id, @QueryParam("year") String year) {
        return leaders.get(code, Params.pathId("leaderId", id), Params.integer("year", year));
    }

    /** Records that the leader left. */
    @PUT
    @Path("{leaderId}/departure")
    public LeaderView leave(@PathParam("code") String code, @PathParam("leaderId") String id, Leaders.Departure input) {
        return leaders.leave(code, Params.pathId("leaderId", id), Params.body(input));
    }
}
