package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/**
 * Eliminations (末位淘汰): proposed by the ranking, decided by the county, replaced in the core. Under {@code /api/v1/jurisdictions/{code}/wugang-first-secretaries/eliminations}: the core routes a
 * module's requests to the resource class whose literal path follows the module id, and answers 404
 * before this is reached wherever the module is not enabled.
 */
@Component(service = EliminationsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/eliminations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EliminationsResource {
    private final Eliminations eliminations;

    @Activate
    public EliminationsResource(@Reference Eliminations eliminations) {
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

    @GET
    public Page<EliminationView> list(@PathParam("code") String code, @QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Eliminations.SORTABLE);
        return eliminations.list(code, Params.enumOf(EliminationState.class, "state", state), paging);
    }

    @GET
    @Path("{eliminationId}")
    public EliminationView get(@PathParam("code") String code, @PathParam("eliminationId") String eliminationId) {
        return eliminations.get(code, Params.pathId("eliminationId", eliminationId));
    }

    @PUT
    @Path("{eliminationId}/decision")
    public EliminationView decide(@PathParam("code") String code, @PathParam("eliminationId") String eliminationId, Decision input) {
        Decision body = Params.body(input);
        return eliminations.decide(code, Params.pathId("eliminationId", eliminationId), body.approve, body.note, body.version, LocalDate.now());
    }

    @POST
    @Path("{eliminationId}/replacement")
    public EliminationView replace(@PathParam("code") String code, @PathParam("eliminationId") String eliminationId, Replacement input) {
        Replacement body = Params.body(input);
        return eliminations.replace(code, Params.pathId("eliminationId", eliminationId), body.memberId, body.startDate, body.version,
                LocalDate.now());
    }
}
