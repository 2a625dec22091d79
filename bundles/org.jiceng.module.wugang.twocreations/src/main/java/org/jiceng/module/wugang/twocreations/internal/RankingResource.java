package org.jiceng.module.wugang.twocreations.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The ranking down to villages, under {@code …/wugang-two-creations/rankings/{level}/{year}}; {@code township} narrows it to one township. */
@Component(service = RankingResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/rankings")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {
    private final Ranking ranking;

    @Activate
    public RankingResource(@Reference Ranking ranking) {
        this.ranking = ranking;
    }

    @GET
    @Path("{level}/{year}")
    public Page<RankingRow> ranking(@PathParam("code") String code, @PathParam("level") String level, @PathParam("year") String year,
            @QueryParam("township") String township, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Ranking.SORTABLE);
        return ranking.page(code, level(level), year(year), township == null || township.isBlank() ? null : township.trim(), paging);
    }

    static CreationLevel level(String level) {
        CreationLevel l = Params.enumOf(CreationLevel.class, "level", level);
        if (l == null) {
            throw new ValidationException("level", "is required: STANDARDIZED or MODEL");
        }
        return l;
    }

    static int year(String year) {
        Integer y = Params.integer("year", year);
        if (y == null) {
            throw new ValidationException("year", "is required, e.g. 2026");
        }
        return y;
    }
}
