package org.jiceng.module.xingning.leaderlinkage.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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

/** The checks across links under {@code /api/v1/jurisdictions/{code}/xingning-leader-linkage/checks}. */
@Component(service = ChecksResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecksResource {
    private final Records records;

    @Activate
    public ChecksResource(@Reference Records records) {
        this.records = records;
    }

    /** Checks by year, quarter (with a year), leader and link, by day. */
    @GET
    public Page<CheckView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("quarter") String quarter,
            @QueryParam("leaderId") String leaderId, @QueryParam("linkId") String linkId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Records.CHECK_SORTABLE);
        return records.checks(code, Params.integer("year", year), Params.integer("quarter", quarter), Params.id("leaderId", leaderId),
                Params.id("linkId", linkId), paging);
    }

    @GET
    @Path("{checkId}")
    public CheckView get(@PathParam("code") String code, @PathParam("checkId") String id) {
        return records.check(code, Params.pathId("checkId", id));
    }
}
