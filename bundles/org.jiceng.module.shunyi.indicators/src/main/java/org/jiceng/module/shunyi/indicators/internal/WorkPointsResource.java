package org.jiceng.module.shunyi.indicators.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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

/** The year's work points under {@code /api/v1/jurisdictions/{code}/shunyi-indicators/work-points}. */
@Component(service = WorkPointsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/work-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkPointsResource {
    private final WorkPoints workPoints;
    private final IndicatorFigures figures;

    @Activate
    public WorkPointsResource(@Reference WorkPoints workPoints, @Reference IndicatorFigures figures) {
        this.workPoints = workPoints;
        this.figures = figures;
    }

    /** The items of a year's work points (without a year, the latest planned), each with its part and how many projects carry it out. */
    @GET
    public List<WorkItemView> list(@PathParam("code") String code, @QueryParam("year") String year) {
        return workPoints.list(code, figures.year(code, Params.integer("year", year)));
    }

    /** Adds an item to a year's work points (at the county); 422 work-item-number-taken. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the work item as stored, with its id", content = @Content(schema = @Schema(implementation = WorkItemView.class)))
    public Response add(@PathParam("code") String code, WorkPoints.NewWorkItem input) {
        return Response.status(Response.Status.CREATED).entity(workPoints.add(code, Params.body(input))).build();
    }
}
