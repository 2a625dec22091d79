package org.jiceng.module.shunyi.meetings.internal;

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

/** Matters on the chain and their four ups and downs under {@code /api/v1/jurisdictions/{code}/shunyi-meetings/matters}. */
@Component(service = MattersResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/matters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MattersResource {
    private final Matters matters;

    @Activate
    public MattersResource(@Reference Matters matters) {
        this.matters = matters;
    }

    /** Matters of the subtree (opened in a year, when given), newest first, with both procedures' steps. */
    @GET
    public Page<MatterView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Matters.SORTABLE);
        return matters.list(code, Params.integer("year", year), paging);
    }

    /** Opens a matter at the county: its chain and its four ups and downs started on the procedure engine; 422 meetings-kept-by-county. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the matter as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = MatterView.class)))
    public Response open(@PathParam("code") String code, Matters.NewMatter input) {
        MatterView created = matters.open(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/matters/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{matterId}")
    public MatterView get(@PathParam("code") String code, @PathParam("matterId") String id) {
        return matters.get(code, Params.pathId("matterId", id));
    }

    /**
     * Passes the matter's chain step at a held meeting of its kind; 422 meeting-not-of-step,
     * meeting-not-held, meeting-before-step, four-ups-four-downs-incomplete, step-order.
     */
    @PUT
    @Path("{matterId}/chain/{stepKey}")
    public MatterView passChain(@PathParam("code") String code, @PathParam("matterId") String id, @PathParam("stepKey") String stepKey,
            Matters.ChainStep input) {
        return matters.passChain(code, Params.pathId("matterId", id), stepKey, Params.body(input));
    }

    /** Completes the matter's open step of 四上四下 (up-1, down-1 … down-4); 422 step-order. */
    @PUT
    @Path("{matterId}/rounds/{stepKey}")
    public MatterView passRound(@PathParam("code") String code, @PathParam("matterId") String id, @PathParam("stepKey") String stepKey,
            Matters.RoundStep input) {
        return matters.passRound(code, Params.pathId("matterId", id), stepKey, Params.body(input));
    }
}
