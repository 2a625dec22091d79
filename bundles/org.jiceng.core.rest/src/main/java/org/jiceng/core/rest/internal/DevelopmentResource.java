package org.jiceng.core.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.VillageWithoutDevelopment;
import org.jiceng.registry.MemberStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 发展党员 statistics (a streaming replica may answer them: {@link ReportReads}); the steps themselves are recorded under /members/{id}/events. */
@Component(service = DevelopmentResource.class)
@JaxrsResource
@Path("development")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member development", description = "发展党员: the five-stage pipeline, recorded as events with enforced rules")
public class DevelopmentResource {
    private final DevelopmentService development;
    private final ReportReads reports;

    @Activate
    public DevelopmentResource(@Reference DevelopmentService development, @Reference ReportReads reports) {
        this.development = development;
        this.reports = reports;
    }

    @GET
    @Path("pipeline")
    @Operation(summary = "Active members per stage in a jurisdiction's subtree, or in one organization")
    public Map<MemberStage, Long> pipeline(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("organizationId") String organizationId) {
        Long org = Params.id("organizationId", organizationId);
        String code = org != null ? null : requireJurisdiction(jurisdiction);
        return reports.read(() -> org != null ? development.pipelineCountsOfOrganization(org) : development.pipelineCounts(code));
    }

    @GET
    @Path("developed-per-year")
    @Operation(summary = "Members admitted as probationary per year in a jurisdiction's subtree, or in one organization")
    public Map<Integer, Long> perYear(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("organizationId") String organizationId) {
        Long org = Params.id("organizationId", organizationId);
        String code = org != null ? null : requireJurisdiction(jurisdiction);
        return reports.read(() -> org != null ? development.developedPerYearOfOrganization(org) : development.developedPerYear(code));
    }

    @GET
    @Path("villages-without-development")
    @Operation(summary = "Villages with no member developed for N years (三年以上不发展党员村; default 3)")
    public List<VillageWithoutDevelopment> stagnant(
            @Parameter(required = true, description = "the subtree (accounts below admin: their own by default)") @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("years") String years) {
        Integer n = Params.integer("years", years);
        new Validator().check(n == null || (n >= 1 && n <= 30), "years", "must be between 1 and 30").throwIfInvalid();
        String code = requireJurisdiction(jurisdiction);
        return reports.read(() -> development.villagesWithoutDevelopment(code, n == null ? 3 : n));
    }

    private static String requireJurisdiction(String jurisdiction) {
        new Validator().require("jurisdiction", jurisdiction).throwIfInvalid();
        return jurisdiction.trim();
    }
}
