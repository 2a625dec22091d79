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

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionOverview;
import org.jiceng.registry.JurisdictionService;
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

/** The jurisdiction tree (行政区划). Sub-paths here are single words; hyphenated ones belong to modules. */
@Component(service = JurisdictionResource.class)
@JaxrsResource
@Path("jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions", description = "行政区划: the jurisdiction tree")
public class JurisdictionResource {
    private final JurisdictionService jurisdictions;

    @Activate
    public JurisdictionResource(@Reference JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GET
    @Operation(summary = "List root jurisdictions, or the children of one; or, with q, find jurisdictions by name or code")
    public Page<Jurisdiction> list(@QueryParam("parent") @Parameter(description = "parent code; omit for roots") String parent,
            @QueryParam("level") String level, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") @Parameter(description = "e.g. name,-code") String sort,
            @QueryParam("q") @Parameter(description = "a part of the name or code to find (then parent and level are not used)") String q,
            @QueryParam("jurisdiction") @Parameter(description = "with q: the subtree searched (accounts below admin: their own by default)") String jurisdiction) {
        if (q != null) {
            return jurisdictions.search(blankToNull(jurisdiction), q.trim(), pageOf(page, size, sort));
        }
        return jurisdictions.list(blankToNull(parent), Params.enumOf(JurisdictionLevel.class, "level", level), pageOf(page, size, sort));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One jurisdiction")
    public Jurisdiction get(@PathParam("code") String code) {
        return jurisdictions.get(code);
    }

    @GET
    @Path("{code}/ancestors")
    @Operation(summary = "The chain from the root down to this jurisdiction")
    public List<Jurisdiction> ancestors(@PathParam("code") String code) {
        return jurisdictions.ancestors(code);
    }

    @GET
    @Path("{code}/subtree")
    @Operation(summary = "This jurisdiction and everything below it, optionally one level only")
    public Page<Jurisdiction> subtree(@PathParam("code") String code, @QueryParam("level") String level,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return jurisdictions.subtree(code, Params.enumOf(JurisdictionLevel.class, "level", level), pageOf(page, size, sort));
    }

    @GET
    @Path("{code}/overview")
    @Operation(summary = "The figures of this jurisdiction's subtree and of each jurisdiction directly below it: organizations, weak and"
            + " backward ones, members, the development pipeline")
    public JurisdictionOverview overview(@PathParam("code") String code) {
        return jurisdictions.overview(code);
    }

    @POST
    @Operation(summary = "Create a jurisdiction under an existing parent")
    @org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Jurisdiction.class)))
    public Response create(Jurisdiction jurisdiction) {
        Jurisdiction created = jurisdictions.create(Params.body(jurisdiction));
        return Response.created(URI.create("jurisdictions/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Rename or re-level a jurisdiction (send the version you read)")
    @org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
    public Jurisdiction update(@PathParam("code") String code, Jurisdiction jurisdiction) {
        return jurisdictions.update(code, Params.body(jurisdiction));
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Delete a jurisdiction that has no children, organizations or module enablements")
    @org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
    public Response delete(@PathParam("code") String code) {
        jurisdictions.delete(code);
        return Response.noContent().build();
    }

    static PageRequest pageOf(String page, String size, String sort) {
        return PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, JurisdictionService.SORTABLE);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
