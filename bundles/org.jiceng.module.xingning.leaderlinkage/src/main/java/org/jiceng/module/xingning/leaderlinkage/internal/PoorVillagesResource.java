package org.jiceng.module.xingning.leaderlinkage.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/** The city's poor-village list under {@code /api/v1/jurisdictions/{code}/xingning-leader-linkage/poor-villages}. */
@Component(service = PoorVillagesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/poor-villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoorVillagesResource {
    private final PoorVillages poorVillages;

    @Activate
    public PoorVillagesResource(@Reference PoorVillages poorVillages) {
        this.poorVillages = poorVillages;
    }

    /** The subtree's poor villages by year, each with the leader linked to it that year. */
    @GET
    public Page<PoorVillageView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, PoorVillages.SORTABLE);
        return poorVillages.list(code, Params.integer("year", year), paging);
    }

    /** Puts a village on the year's list at the city; 422 linkage-kept-by-county, link-outside-county, link-level-mismatch, poor-village-already-listed. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the poor village as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PoorVillageView.class)))
    public Response add(@PathParam("code") String code, PoorVillages.NewPoorVillage input) {
        PoorVillageView created = poorVillages.list(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/poor-villages/" + created.id)).entity(created).build();
    }

    /** Takes a village off the year's list at the city; 422 poor-village-linked while a leader is linked to it. */
    @DELETE
    @Path("{poorVillageId}")
    public Response remove(@PathParam("code") String code, @PathParam("poorVillageId") String id) {
        poorVillages.remove(code, Params.pathId("poorVillageId", id));
        return Response.noContent().build();
    }

    @GET
    @Path("{poorVillageId}")
    public PoorVillageView get(@PathParam("code") String code, @PathParam("poorVillageId") String id) {
        return poorVillages.get(code, Params.pathId("poorVillageId", id));
    }
}
