package org.jiceng.module.xingning.towncongress.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Statistics of the annual sessions: {@code …/xingning-town-congress/statistics?year=}. */
@Component(service = StatisticsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    private final CongressStatistics statistics;

    @Activate
    public StatisticsResource(@Reference CongressStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    public StatisticsView get(@PathParam("code") String code, @QueryParam("year") String year) {
        return statistics.statistics(code, Params.integer("year", year));
    }
}
