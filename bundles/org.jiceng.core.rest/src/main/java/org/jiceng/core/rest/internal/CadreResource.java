package org.jiceng.core.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Designation;
import org.jiceng.cadre.DesignationType;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.cadre.Tenure;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 干部: positions and list designations of members, and tenure derived from positions. */
@Component(service = CadreResource.class)
@JaxrsResource
@Path("cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cadres", description = "干部: positions, 改非 / talent pool / reserve lists, tenure")
public class CadreResource {
    private final CadreService cadres;

    @Activate
    public CadreResource(@Reference CadreService cadres) {
        this.cadres = cadres;
    }

    @GET
    @Path("{memberId}/positions")
    @Operation(summary = "Posts a member holds or held, oldest first")
    public List<Position> positions(@PathParam("memberId") String memberId) {
        return cadres.positions(Params.pathId("memberId", memberId));
    }

    @POST
    @Path("{memberId}/positions")
    @Operation(summary = "Record a post (unit, title, rank, level, period)")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Position.class)))
    public Response addPosition(@PathParam("memberId") String memberId, Position position) {
        Position created = cadres.addPosition(Params.pathId("memberId", memberId), Params.body(position));
        return Response.created(URI.create("cadres/positions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("positions/{id}")
    @Operation(summary = "Change a post, e.g. set its end date (send the version you read)")
    public Position updatePosition(@PathParam("id") String id, Position position) {
        return cadres.updatePosition(Params.pathId("id", id), Params.body(position));
    }

    @DELETE
    @Path("positions/{id}")
    @Operation(summary = "Delete a post recorded by mistake")
    public Response deletePosition(@PathParam("id") String id) {
        cadres.deletePosition(Params.pathId("id", id));
        return Response.noContent().build();
    }

    @GET
    @Path("{memberId}/designations")
    @Operation(summary = "Lists the member is or was on (改非, talent pool, reserve)")
    public List<Designation> designations(@PathParam("memberId") String memberId) {
        return cadres.designations(Params.pathId("memberId", memberId));
    }

    @POST
    @Path("{memberId}/designations")
    @Operation(summary = "Put a member on a list")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Designation.class)))
    public Response addDesignation(@PathParam("memberId") String memberId, Designation designation) {
        Designation created = cadres.addDesignation(Params.pathId("memberId", memberId), Params.body(designation));
        return Response.created(URI.create("cadres/designations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("designations/{id}")
    @Operation(summary = "Change a designation, e.g. close it with an until date")
    public Designation updateDesignation(@PathParam("id") String id, Designation designation) {
        return cadres.updateDesignation(Params.pathId("id", id), Params.body(designation));
    }

    @GET
    @Path("designated")
    @Operation(summary = "Members of a subtree on a list on a date (default today)")
    public Page<Designation> designated(
            @Parameter(required = true, description = "the subtree (accounts below admin: their own by default)") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(required = true, description = "the list", schema = @Schema(implementation = DesignationType.class)) @QueryParam("type") String type,
            @QueryParam("on") String on, @QueryParam("page") String page, @QueryParam("size") String size) {
        new Validator().require("jurisdiction", jurisdiction).require("type", type).throwIfInvalid();
        return cadres.designated(jurisdiction, Params.enumOf(DesignationType.class, "type", type), Params.date("on", on),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), null, java.util.Set.of("id")));
    }

    @GET
    @Path("tenure")
    @Operation(summary = "Members in the same post level of one unit for at least N years (兴宁 rotation: HEAD 5, DEPUTY 10)")
    public List<Tenure> tenure(@QueryParam("jurisdiction") String jurisdiction,
            @Parameter(schema = @Schema(implementation = PostLevel.class)) @QueryParam("level") String level,
            @Parameter(required = true, description = "at least this many years") @QueryParam("years") String years, @QueryParam("on") String on) {
        Integer n = Params.integer("years", years);
        new Validator().require("years", n).throwIfInvalid();
        return cadres.tenures(jurisdiction, Params.enumOf(PostLevel.class, "level", level), n, Params.date("on", on));
    }
}
