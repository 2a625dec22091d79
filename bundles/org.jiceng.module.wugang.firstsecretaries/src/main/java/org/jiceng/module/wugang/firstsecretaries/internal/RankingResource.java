package org.jiceng.module.wugang.firstsecretaries.internal;

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
 * The monthly ranking: hand scores, computation, results. Under {@code /api/v1/jurisdictions/{code}/wugang-first-secretaries/rankings}: the core routes a
 * module's requests to the resource class whose literal path follows the module id, and answers 404
 * before this is reached wherever the module is not enabled.
 */
@Component(service = RankingResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingResource {
    private final Ranking ranking;

    @Activate
    public RankingResource(@Reference Ranking ranking) {
        this.ranking = ranking;
    }

    @PUT
    @Path("{month}/scores")
    public Response enter(@PathParam("code") String code, @PathParam("month") String month, List<Ranking.Scores> scores) {
        ranking.enter(code, month, scores);
        return Response.noContent().build();
    }

    @POST
    @Path("{month}/compute")
    public List<RankingRow> compute(@PathParam("code") String code, @PathParam("month") String month) {
        return ranking.compute(code, month, LocalDate.now());
    }

    /** The month's ranking; {@code lastThreeMonths=true} keeps those last three months in a row. */
    @GET
    @Path("{month}")
    public Page<RankingRow> results(@PathParam("code") String code, @PathParam("month") String month,
            @QueryParam("lastThreeMonths") String lastThreeMonths, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Ranking.SORTABLE);
        return ranking.results(code, month, Params.bool("lastThreeMonths", lastThreeMonths), paging);
    }
}
