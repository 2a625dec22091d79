package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

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

/**
 * One week's reports across the subtree, and amendments of a report. Under {@code /api/v1/jurisdictions/{code}/wugang-first-secretaries/weekly-reports}: the core routes a
 * module's requests to the resource class whose literal path follows the module id, and answers 404
 * before this is reached wherever the module is not enabled.
 */
@Component(service = WeeklyReportsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/weekly-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WeeklyReportsResource {
    private final Reports reports;

    @Activate
    public WeeklyReportsResource(@Reference Reports reports) {
        this.reports = reports;
    }

    /** One week across the subtree; {@code state} DUE, SUBMITTED_ON_TIME, LATE or MISSING. */
    @GET
    public Page<WeekStatus> week(@PathParam("code") String code, @QueryParam("week") String week, @QueryParam("state") String state,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Reports.SORT.keySet());
        return reports.week(code, week, Params.enumOf(ReportState.class, "state", state), paging, LocalDate.now());
    }

    /** Amends a report's text (send the version read); when it was submitted, and so its state, stays. */
    @PUT
    @Path("{reportId}")
    public WeekStatus amend(@PathParam("code") String code, @PathParam("reportId") String reportId, SecretariesResource.ReportInput input) {
        SecretariesResource.ReportInput body = Params.body(input);
        return reports.amendWeekly(code, Params.pathId("reportId", reportId), body.summary, body.version, LocalDate.now());
    }
}
