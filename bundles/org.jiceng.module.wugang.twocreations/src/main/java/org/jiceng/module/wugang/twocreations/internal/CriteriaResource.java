package org.jiceng.module.wugang.twocreations.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.checklist.CriteriaSet;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The acceptance criteria of a level (the checklist engine's current set), under {@code …/wugang-two-creations/criteria/{level}}. */
@Component(service = CriteriaResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/criteria")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaResource {
    private final CriteriaSets criteria;

    @Activate
    public CriteriaResource(@Reference CriteriaSets criteria) {
        this.criteria = criteria;
    }

    @GET
    @Path("{level}")
    public CriteriaSet criteria(@PathParam("code") String code, @PathParam("level") String level) {
        return criteria.current(RankingResource.level(level));
    }
}
