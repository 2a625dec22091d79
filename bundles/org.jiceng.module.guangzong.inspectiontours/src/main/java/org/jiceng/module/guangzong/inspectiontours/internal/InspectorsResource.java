package org.jiceng.module.guangzong.inspectiontours.internal;

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

/** The inspection group under {@code /api/v1/jurisdictions/{code}/guangzong-inspection-tours/inspectors}. */
@Component(service = InspectorsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/inspectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectorsResource {
    private final Inspectors inspectors;

    @Activate
    public InspectorsResource(@Reference Inspectors inspectors) {
        this.inspectors = inspectors;
    }

    @GET
    public Page<Inspectors.InspectorView> list(@PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return inspectors.list(code, PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Inspectors.SORTABLE));
    }

    /** Adds an inspector (巡察专员) to the county's group; 422 rounds-at-county below the county. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the inspector as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Inspectors.InspectorView.class)))
    public Response appoint(@PathParam("code") String code, Inspectors.NewInspector input) {
        Inspectors.InspectorView created = inspectors.appoint(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/inspectors/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{inspectorId}")
    public Inspectors.InspectorView get(@PathParam("code") String code, @PathParam("inspectorId") String id) {
        return inspectors.get(code, Params.pathId("inspectorId", id));
    }
}
