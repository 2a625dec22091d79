package org.jiceng.module.xingning.towncongress.internal;

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

/** Delegates of the towns: {@code /jurisdictions/{code}/xingning-town-congress/delegates}. */
@Component(service = DelegatesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/delegates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegatesResource {
    private final Delegates delegates;

    @Activate
    public DelegatesResource(@Reference Delegates delegates) {
        this.delegates = delegates;
    }

    @GET
    public Page<Views.Delegate> list(@PathParam("code") String code, @QueryParam("town") String town, @QueryParam("year") String year,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return delegates.list(code, town, Params.integer("year", year), Params.enumOf(DelegateStatus.class, "status", status),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Delegates.SORTABLE));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the delegate as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Views.Delegate.class)))
    public Response create(@PathParam("code") String code, Delegates.NewDelegate in) {
        Views.Delegate d = delegates.create(code, Params.body(in));
        return Response.created(URI.create("jurisdictions/" + code + "/" + CongressStore.MODULE_ID + "/delegates/" + d.id())).entity(d).build();
    }

    @GET
    @Path("{id}")
    public Views.Delegate get(@PathParam("code") String code, @PathParam("id") String id) {
        return delegates.get(code, Params.pathId("id", id));
    }

    /** Ends the delegate's service; with a {@code replacement} the new delegate is returned (201). */
    @POST
    @Path("{id}/change")
    @ApiResponse(responseCode = "200", description = "Service ended, no replacement: the delegate as it is now", content = @Content(schema = @Schema(implementation = Views.Delegate.class)))
    @ApiResponse(responseCode = "201", description = "Created: the replacement delegate as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Views.Delegate.class)))
    public Response change(@PathParam("code") String code, @PathParam("id") String id, Delegates.Change in) {
        Delegates.Change body = Params.body(in);
        Views.Delegate d = delegates.change(code, Params.pathId("id", id), body);
        return body.replacement() == null
                ? Response.ok(d).build()
                : Response.created(URI.create("jurisdictions/" + code + "/" + CongressStore.MODULE_ID + "/delegates/" + d.id())).entity(d).build();
    }
}
