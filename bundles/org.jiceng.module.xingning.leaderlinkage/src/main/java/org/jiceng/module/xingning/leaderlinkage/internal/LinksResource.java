package org.jiceng.module.xingning.leaderlinkage.internal;

import java.net.URI;

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

/** The links, their responsibility lists and checks under {@code /api/v1/jurisdictions/{code}/xingning-leader-linkage/links}. */
@Component(service = LinksResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinksResource {
    private final Links links;

    @Activate
    public LinksResource(@Reference Links links) {
        this.links = links;
    }

    /** The links of the subtree's towns and villages by year, kind and leader. */
    @GET
    public Page<LinkView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("kind") String kind,
            @QueryParam("leaderId") String leaderId, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Links.SORTABLE);
        return links.list(code, Params.integer("year", year), Params.enumOf(LinkKind.class, "kind", kind), Params.id("leaderId", leaderId), paging);
    }

    /**
     * Links a leader for a year at the city; 422 linkage-kept-by-county, leader-left, link-kind-taken, link-outside-county,
     * link-level-mismatch, village-not-poor, village-not-weak, village-already-linked.
     */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the link as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = LinkView.class)))
    public Response link(@PathParam("code") String code, Links.NewLink input) {
        LinkView created = links.link(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/links/" + created.id)).entity(created).build();
    }

    /** A link with its responsibility list and its checks. */
    @GET
    @Path("{linkId}")
    public LinkView get(@PathParam("code") String code, @PathParam("linkId") String id) {
        return links.get(code, Params.pathId("linkId", id));
    }

    /** Adds an item to the link's responsibility list (the link's version; 409 when stale). */
    @POST
    @Path("{linkId}/items")
    @ApiResponse(responseCode = "201", description = "Created: the item as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response addItem(@PathParam("code") String code, @PathParam("linkId") String id, Links.NewItem input) {
        ItemView created = links.addItem(code, Params.pathId("linkId", id), Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/items/" + created.id)).entity(created).build();
    }

    /** Records a check of the link and the items it found done; 422 item-not-of-link, item-already-done. */
    @POST
    @Path("{linkId}/checks")
    @ApiResponse(responseCode = "201", description = "Created: the check as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CheckView.class)))
    public Response check(@PathParam("code") String code, @PathParam("linkId") String id, Links.NewCheck input) {
        CheckView created = links.check(code, Params.pathId("linkId", id), Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/checks/" + created.id)).entity(created).build();
    }
}
