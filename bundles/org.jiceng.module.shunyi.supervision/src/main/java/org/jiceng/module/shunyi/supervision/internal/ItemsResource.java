package org.jiceng.module.shunyi.supervision.internal;

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

/** Supervision items (the ledger) under {@code /api/v1/jurisdictions/{code}/shunyi-supervision/items}. */
@Component(service = ItemsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {
    private final Items items;

    @Activate
    public ItemsResource(@Reference Items items) {
        this.items = items;
    }

    /** The ledger (台账): items of the subtree by kind, team, key task and year opened, with their current step and findings. */
    @GET
    public Page<ItemView> list(@PathParam("code") String code, @QueryParam("kind") String kind, @QueryParam("team") String team,
            @QueryParam("keyTask") String keyTask, @QueryParam("year") String year, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Items.SORTABLE);
        return items.list(code, Params.enumOf(Kind.class, "kind", kind), Params.enumOf(Team.class, "team", team), Params.bool("keyTask", keyTask),
                Params.integer("year", year), paging);
    }

    /** Opens an item: a guidance (six steps) or an inspection (five steps) started on the procedure engine. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the item as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response open(@PathParam("code") String code, Items.NewItem input) {
        ItemView created = items.open(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/items/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{itemId}")
    public ItemView get(@PathParam("code") String code, @PathParam("itemId") String id) {
        return items.get(code, Params.pathId("itemId", id));
    }

    /** Completes the item's current step with its record; 422 step-order, step-record, findings-not-rechecked. */
    @PUT
    @Path("{itemId}/steps/{stepKey}")
    public ItemView completeStep(@PathParam("code") String code, @PathParam("itemId") String id, @PathParam("stepKey") String stepKey,
            Items.StepInput input) {
        return items.completeStep(code, Params.pathId("itemId", id), stepKey, Params.body(input));
    }
}
