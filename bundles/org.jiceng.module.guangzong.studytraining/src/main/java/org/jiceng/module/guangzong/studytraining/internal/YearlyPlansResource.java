package org.jiceng.module.guangzong.studytraining.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** REST of the yearly plans and their targets per township under {@code …/guangzong-study-and-training/yearly-plans}. */
@Component(service = YearlyPlansResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/yearly-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearlyPlansResource {
    private final Plans plans;

    @Activate
    public YearlyPlansResource(@Reference Plans plans) {
        this.plans = plans;
    }

    /** A township's target. */
    public static class TargetLine {
        public String townCode;
        public Integer target;
    }

    /** Body of POST /yearly-plans; targets omitted are every member without a post of each township. */
    public static class YearlyPlanInput {
        public Long planId;
        public Integer year;
        public String title;
        public List<TargetLine> targets;
    }

    @GET
    public Page<YearlyPlanView> list(@PathParam("code") String code, @QueryParam("planId") String planId, @QueryParam("year") String year,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Plans.YEARLY_SORTABLE);
        return plans.listYearly(code, Params.id("planId", planId), year == null ? null : Params.year("year", year), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the yearly plan as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = YearlyPlanView.class)))
    public Response create(@PathParam("code") String code, YearlyPlanInput input) {
        YearlyPlanInput b = Params.body(input);
        List<Plans.TargetLine> targets = b.targets == null
                ? null
                : b.targets.stream().map(t -> t == null ? new Plans.TargetLine(null, null) : new Plans.TargetLine(t.townCode, t.target)).toList();
        YearlyPlanView created = plans.createYearly(code, new Plans.NewYearlyPlan(b.planId, b.year, b.title, targets), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/yearly-plans/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id}")
    public YearlyPlanView get(@PathParam("code") String code, @PathParam("id") String id) {
        return plans.getYearly(code, Params.pathId("id", id));
    }
}
