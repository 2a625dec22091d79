package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The county's weighting of the two directions and its lines for the result list, under
 * {@code /api/v1/jurisdictions/{code}/xingning-two-way-reporting/weighting}: read anywhere in the
 * county, changed at the county.
 */
@Component(service = WeightingResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Xingning.MODULE_ID + "/weighting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WeightingResource {
    private final Weightings weightings;

    @Activate
    public WeightingResource(@Reference Weightings weightings) {
        this.weightings = weightings;
    }

    /** Body of PUT weighting: the two weights (percent, adding up to 100) and the two lines; version after the first change. */
    public static class Change {
        public Integer upperWeight;
        public Integer lowerWeight;
        public BigDecimal recommendScore;
        public BigDecimal talkScore;
        public Long version;
    }

    @GET
    public Weighting get(@PathParam("code") String code) {
        return weightings.of(code);
    }

    @PUT
    public Weighting set(@PathParam("code") String code, Change input) {
        Change in = Params.body(input);
        return weightings.set(code, in.upperWeight, in.lowerWeight, in.recommendScore, in.talkScore, in.version);
    }
}
