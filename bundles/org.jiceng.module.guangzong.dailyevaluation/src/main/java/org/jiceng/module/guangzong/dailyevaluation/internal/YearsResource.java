package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

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

/**
 * The county's evaluation years: opened on the engine, the ranking, the figures, closed once final.
 * Under {@code /api/v1/jurisdictions/{code}/guangzong-daily-evaluation/years}.
 */
@Component(service = YearsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearsResource {
    private final Years years;
    private final Results results;

    @Activate
    public YearsResource(@Reference Years years, @Reference Results results) {
        this.years = years;
        this.results = results;
    }

    /** The county opens a year: its scheme on the scoring engine is created on first use. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the year as stored, with its id", content = @Content(schema = @Schema(implementation = YearView.class)))
    public Response open(@PathParam("code") String code, YearInput year) {
        return Response.status(Response.Status.CREATED).entity(years.open(code, year, LocalDate.now())).build();
    }

    @GET
    @Path("{year}")
    public YearView get(@PathParam("code") String code, @PathParam("year") String year) {
        return years.view(code, Params.year("year", year));
    }

    /** The ranking over the county (countyRank), or within one township ({@code township}: rank in the township). */
    @GET
    @Path("{year}/ranking")
    public Page<MemberView> ranking(@PathParam("code") String code, @PathParam("year") String year, @QueryParam("township") String township,
            @QueryParam("grade") String grade, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Members.SORTABLE);
        return results.ranking(code, Params.year("year", year), Store.blankToNull(township), Store.blankToNull(grade), paging);
    }

    @GET
    @Path("{year}/figures")
    public Figures figures(@PathParam("code") String code, @PathParam("year") String year) {
        return results.figures(code, Params.year("year", year));
    }

    /** The county closes the year (version required: 409 when stale): recomputed once more, no more entries. */
    @POST
    @Path("{year}/closing")
    public YearView close(@PathParam("code") String code, @PathParam("year") String year, VersionBody body) {
        return years.close(code, Params.year("year", year), Params.body(body).version, LocalDate.now());
    }
}
