package org.jiceng.module.shunyi.accountability.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The county's catalogue under {@code /api/v1/jurisdictions/{code}/shunyi-accountability/catalogue}. */
@Component(service = CatalogueResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final Catalogue catalogue;

    @Activate
    public CatalogueResource(@Reference Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue of the county the jurisdiction lies in: classes with their behaviours. */
    @GET
    public List<CatalogueClassView> read(@PathParam("code") String code) {
        return catalogue.read(code);
    }

    /** Adds a class to the county's catalogue; 422 catalogue-kept-by-county, catalogue-code-taken. */
    @POST
    @Path("classes")
    @ApiResponse(responseCode = "201", description = "Created: the catalogue class as stored, with its id", content = @Content(schema = @Schema(implementation = CatalogueClassView.class)))
    public Response addClass(@PathParam("code") String code, Catalogue.NewClass input) {
        return Response.status(Response.Status.CREATED).entity(catalogue.addClass(code, Params.body(input))).build();
    }

    /** Adds a behaviour to a class of the county's catalogue. */
    @POST
    @Path("behaviours")
    @ApiResponse(responseCode = "201", description = "Created: the behaviour as stored, with its id", content = @Content(schema = @Schema(implementation = BehaviourView.class)))
    public Response addBehaviour(@PathParam("code") String code, Catalogue.NewBehaviour input) {
        return Response.status(Response.Status.CREATED).entity(catalogue.addBehaviour(code, Params.body(input))).build();
    }
}
