package org.jiceng.module.shunyi.supervision.internal;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Findings under {@code /api/v1/jurisdictions/{code}/shunyi-supervision/findings}; their rectification is the problems engine's. */
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

    /** Findings of the subtree by item, kind and year found, each with its problem's state. */
    @GET
    public Page<FindingView> list(@PathParam("code") String code, @QueryParam("itemId") String itemId, @QueryParam("kind") String kind,
            @QueryParam("year") String year, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Findings.SORTABLE);
        return findings.list(code, Params.id("itemId", itemId), Params.enumOf(Kind.class, "kind", kind), Params.integer("year", year), paging);
    }

    /** Records a finding of an item's team, reported to the problems engine; 422 findings-closed. */
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

    /** The revisit's re-check of a rectified finding: verified, or reopened with the reason; 422 finding-not-rectified. */
    @PUT
    @Path("{findingId}/recheck")
    public FindingView recheck(@PathParam("code") String code, @PathParam("findingId") String id, Findings.Recheck input) {
        return findings.recheck(code, Params.pathId("findingId", id), Params.body(input));
    }
}
