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

/** REST for the monthly ranking and the eliminations it proposes. */
@Component(service = RankingResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingResource {
    private final Ranking ranking;
    private final Eliminations eliminations;

    @Activate
    public RankingResource(@Reference Ranking ranking, @Reference Eliminations eliminations) {
        this.ranking = ranking;
        this.eliminations = eliminations;
    }

    /** Body of PUT eliminations/{id}/decision. */
    public static class Decision {
        public Boolean approve;
        public String note;
        public Long version;
    }

    /** Body of POST eliminations/{id}/replacement. */
    public static class Replacement {
        public Long memberId;
        public LocalDate startDate;
        public Long version;
    }

    @PUT
    @Path("rankings/{month}/scores")
    public Response enter(@PathParam("code") String code, @PathParam("month") String month, List<Ranking.Scores> scores) {
        ranking.enter(code, month, scores);
        return Response.noContent().build();
    }

    @POST
    @Path("rankings/{month}/compute")
    public List<RankingRow> compute(@PathParam("code") String code, @PathParam("month") String month) {
        return ranking.compute(code, month, LocalDate.now());
    }

    /** The month's ranking; {@code lastThreeMonths=true} keeps those last three months in a row. */
    @GET
    @Path("rankings/{month}")
    public Page<RankingRow> results(@PathParam("code") String code, @PathParam("month") String month,
            @QueryParam("lastThreeMonths") String lastThreeMonths, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Ranking.SORTABLE);
        return ranking.results(code, month, Params.bool("lastThreeMonths", lastThreeMonths), paging);
    }

    @GET
    @Path("eliminations")
    public Page<EliminationView> list(@PathParam("code") String code, @QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Eliminations.SORTABLE);
        return eliminations.list(code, Params.enumOf(EliminationState.class, "state", state), paging);
    }

    @GET
    @Path("eliminations/{eliminationId}")
    public EliminationView get(@PathParam("code") String code, @PathParam("eliminationId") String eliminationId) {
        return eliminations.get(code, Params.id("eliminationId", eliminationId));
    }

    @PUT
    @Path("eliminations/{eliminationId}/decision")
    public EliminationView decide(@PathParam("code") String code, @PathParam("eliminationId") String eliminationId, Decision input) {
        Decision body = Params.body(input);
        return eliminations.decide(code, Params.id("eliminationId", eliminationId), body.approve, body.note, body.version, LocalDate.now());
    }

    @POST
    @Path("eliminations/{eliminationId}/replacement")
    public EliminationView replace(@PathParam("code") String code, @PathParam("eliminationId") String eliminationId, Replacement input) {
        Replacement body = Params.body(input);
        return eliminations.replace(code, Params.id("eliminationId", eliminationId), body.memberId, body.startDate, body.version, LocalDate.now());
    }
}
