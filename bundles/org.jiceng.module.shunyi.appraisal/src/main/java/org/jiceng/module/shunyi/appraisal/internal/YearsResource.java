package org.jiceng.module.shunyi.appraisal.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

/** Appraisal years under {@code /api/v1/jurisdictions/{code}/shunyi-appraisal/years}. */
@Component(service = YearsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearsResource {
    private final Appraisal appraisal;

    @Activate
    public YearsResource(@Reference Appraisal appraisal) {
        this.appraisal = appraisal;
    }

    /** The county's appraisal years, latest first, with their state and how far entry got. */
    @GET
    public List<YearView> list(@PathParam("code") String code) {
        return appraisal.years(code);
    }

    /** Opens a year's appraisal at the county (its scheme in the scoring engine); 422 appraisal-kept-by-county, appraisal-year-opened. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the year as stored, with its id", content = @Content(schema = @Schema(implementation = YearView.class)))
    public Response open(@PathParam("code") String code, Appraisal.NewYear input) {
        return Response.status(Response.Status.CREATED).entity(appraisal.open(code, Params.body(input))).build();
    }

    @GET
    @Path("{year}")
    public YearView get(@PathParam("code") String code, @PathParam("year") String year) {
        return appraisal.year(code, requiredYear(year));
    }

    /** Names a unit appraised in the year and its principal leader; 422 appraisal-computed. */
    @POST
    @Path("{year}/units")
    @ApiResponse(responseCode = "201", description = "Created: the unit as stored, with its id", content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response addUnit(@PathParam("code") String code, @PathParam("year") String year, Appraisal.NewUnit input) {
        return Response.status(Response.Status.CREATED).entity(appraisal.addUnit(code, requiredYear(year), Params.body(input))).build();
    }

    /** Computes the year: ranks and grades final; 422 appraisal-incomplete (units not scored on every indicator), appraisal-computed. */
    @PUT
    @Path("{year}/computation")
    public YearView compute(@PathParam("code") String code, @PathParam("year") String year, Appraisal.Computation input) {
        return appraisal.compute(code, requiredYear(year), Params.body(input));
    }

    static int requiredYear(String year) {
        Integer y = Params.integer("year", year);
        if (y == null) {
            throw new org.jiceng.common.ValidationException("year", "is required");
        }
        return y;
    }
}
