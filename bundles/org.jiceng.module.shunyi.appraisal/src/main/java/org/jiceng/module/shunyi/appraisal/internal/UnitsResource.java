package org.jiceng.module.shunyi.appraisal.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Appraised units under {@code /api/v1/jurisdictions/{code}/shunyi-appraisal/units}. */
@Component(service = UnitsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {
    private final Appraisal appraisal;

    @Activate
    public UnitsResource(@Reference Appraisal appraisal) {
        this.appraisal = appraisal;
    }

    /** Units of a year in the subtree (without a year, the latest) with scores, total, rank and grade, by rank; filters kind and grade (优 良 中 差). */
    @GET
    public Page<UnitView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("kind") String kind,
            @QueryParam("grade") String grade, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Appraisal.SORTABLE);
        return appraisal.units(code, Params.integer("year", year), Params.enumOf(UnitKind.class, "kind", kind), grade, paging);
    }

    @GET
    @Path("{unitId}")
    public UnitView get(@PathParam("code") String code, @PathParam("unitId") String id) {
        return appraisal.unit(code, Params.pathId("unitId", id));
    }

    /** Enters the unit's scores by indicator key (0 to each maximum); the year is re-ranked at once; 422 appraisal-computed. */
    @PUT
    @Path("{unitId}/scores")
    public UnitView scores(@PathParam("code") String code, @PathParam("unitId") String id, Appraisal.Scores input) {
        return appraisal.enterScores(code, Params.pathId("unitId", id), Params.body(input));
    }
}
