package org.jiceng.module.shunyi.indicators.internal;

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

/** The county's indicator system under {@code /api/v1/jurisdictions/{code}/shunyi-indicators/indicators}. */
@Component(service = IndicatorsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorsResource {
    private final IndicatorSystem system;

    @Activate
    public IndicatorsResource(@Reference IndicatorSystem system) {
        this.system = system;
    }

    /** The indicators of the county the jurisdiction lies in, by code, each with its aspect and domain. */
    @GET
    public List<IndicatorView> list(@PathParam("code") String code) {
        return system.list(code);
    }

    /** Adds an indicator to the county's system; 422 indicator-system-kept-by-county, indicator-code-taken. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the indicator as stored, with its id", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response add(@PathParam("code") String code, IndicatorSystem.NewIndicator input) {
        return Response.status(Response.Status.CREATED).entity(system.add(code, Params.body(input))).build();
    }
}
