package org.jiceng.module.guangzong.inspectiontours.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.jiceng.problem.AccountabilityAction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Findings under {@code /api/v1/jurisdictions/{code}/guangzong-inspection-tours/findings}; their rectification is the problems engine's. */
@Component(service = FindingsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {
    private final Findings findings;

    @Activate
    public FindingsResource(@Reference Findings findings) {
        this.findings = findings;
    }

    /** Findings of the subtree by round, visit, area and year found, each with its problem's state and accountability. */
    @GET
    public Page<FindingView> list(@PathParam("code") String code, @QueryParam("roundId") String roundId, @QueryParam("visitId") String visitId,
            @QueryParam("area") String area, @QueryParam("year") String year, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Findings.SORTABLE);
        return findings.list(code, Params.id("roundId", roundId), Params.id("visitId", visitId), Params.enumOf(Area.class, "area", area),
                TourFigures.checkedYear(Params.integer("year", year)), paging);
    }

    /** Records a finding of a visit, reported to the problems engine; 422 outside-round-period, round-closed. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the finding as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = FindingView.class)))
    public Response record(@PathParam("code") String code, Findings.NewFinding input) {
        FindingView created = findings.record(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/findings/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{findingId}")
    public FindingView get(@PathParam("code") String code, @PathParam("findingId") String id) {
        return findings.get(code, Params.pathId("findingId", id));
    }

    /** A follow-up visit's check of the rectification: verified, or reopened; 422 not-a-follow-up, not-an-earlier-finding, finding-not-rectified, round-closed, outside-round-period. */
    @PUT
    @Path("{findingId}/check")
    public FindingView check(@PathParam("code") String code, @PathParam("findingId") String id, Findings.Check input) {
        return findings.check(code, Params.pathId("findingId", id), Params.body(input));
    }

    /** Records accountability (约谈, 函询, 诫勉谈话, 处分, 召回) over a finding on the problems engine. */
    @POST
    @Path("{findingId}/accountability")
    @ApiResponse(responseCode = "201", description = "Created: the accountability action as stored, with its id", content = @Content(schema = @Schema(implementation = AccountabilityAction.class)))
    public Response account(@PathParam("code") String code, @PathParam("findingId") String id, Findings.NewAccountability input) {
        AccountabilityAction created = findings.account(code, Params.pathId("findingId", id), Params.body(input));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
