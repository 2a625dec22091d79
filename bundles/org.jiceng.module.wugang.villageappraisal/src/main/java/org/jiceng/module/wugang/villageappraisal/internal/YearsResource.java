package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;
import java.util.List;

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

/**
 * The appraisal year: the township's scores, computing on the engine, approval, payment, the teams'
 * results and the year's figures. Under {@code /api/v1/jurisdictions/{code}/wugang-village-cadre-appraisal/years}.
 */
@Component(service = YearsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearsResource {
    private final Years years;
    private final Cadres cadres;
    private final Teams teams;
    private final Appraisal appraisal;
    private final Results results;

    @Activate
    public YearsResource(@Reference Years years, @Reference Cadres cadres, @Reference Teams teams, @Reference Appraisal appraisal,
            @Reference Results results) {
        this.years = years;
        this.cadres = cadres;
        this.teams = teams;
        this.appraisal = appraisal;
        this.results = results;
    }

    @GET
    @Path("{year}")
    public YearView get(@PathParam("code") String code, @PathParam("year") String year) {
        return years.view(code, Params.year("year", year));
    }

    /** The township's scores of cadres (集体经济与项目, 群众测评). */
    @PUT
    @Path("{year}/scores")
    public Response scores(@PathParam("code") String code, @PathParam("year") String year, List<CadreScores> scores) {
        cadres.enterScores(code, Params.year("year", year), scores);
        return Response.noContent().build();
    }

    /** The township's scores of village teams (集体经济, 基层党建). */
    @PUT
    @Path("{year}/team-scores")
    public Response teamScores(@PathParam("code") String code, @PathParam("year") String year, List<TeamScores> scores) {
        teams.enterScores(code, Params.year("year", year), scores);
        return Response.noContent().build();
    }

    @POST
    @Path("{year}/compute")
    public YearView compute(@PathParam("code") String code, @PathParam("year") String year) {
        return appraisal.compute(code, Params.year("year", year), LocalDate.now());
    }

    @POST
    @Path("{year}/approval")
    public YearView approve(@PathParam("code") String code, @PathParam("year") String year, VersionBody body) {
        return years.approve(code, Params.year("year", year), Params.body(body).version, LocalDate.now());
    }

    @POST
    @Path("{year}/payment")
    public YearView pay(@PathParam("code") String code, @PathParam("year") String year, VersionBody body) {
        return years.pay(code, Params.year("year", year), Params.body(body).version, LocalDate.now());
    }

    @GET
    @Path("{year}/teams")
    public Page<TeamView> teams(@PathParam("code") String code, @PathParam("year") String year, @QueryParam("township") String township,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Teams.SORTABLE);
        return teams.list(code, Params.year("year", year), CadresResource.blankToNull(township), paging);
    }

    @GET
    @Path("{year}/figures")
    public Figures figures(@PathParam("code") String code, @PathParam("year") String year) {
        return results.figures(code, Params.year("year", year));
    }
}
