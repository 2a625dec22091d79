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

/** The meeting plan under {@code /api/v1/jurisdictions/{code}/shunyi-meetings/meetings}. */
@Component(service = MeetingsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {
    private final Meetings meetings;

    @Activate
    public MeetingsResource(@Reference Meetings meetings) {
        this.meetings = meetings;
    }

    /** The meeting plans of the counties in the subtree by year, kind and state, by day. */
    @GET
    public Page<MeetingView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("kind") String kind,
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Meetings.SORTABLE);
        return meetings.list(code, Params.integer("year", year), Params.enumOf(MeetingKind.class, "kind", kind),
                Params.enumOf(MeetingState.class, "state", state), paging);
    }

    /** Plans a meeting of the chain at the county, numbered after the year's others of its kind; 422 meetings-kept-by-county. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the meeting as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response plan(@PathParam("code") String code, Meetings.NewMeeting input) {
        MeetingView created = meetings.plan(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/meetings/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{meetingId}")
    public MeetingView get(@PathParam("code") String code, @PathParam("meetingId") String id) {
        return meetings.get(code, Params.pathId("meetingId", id));
    }

    /** Records the meeting held with its minutes; 422 meeting-already-held. */
    @PUT
    @Path("{meetingId}/minutes")
    public MeetingView hold(@PathParam("code") String code, @PathParam("meetingId") String id, Meetings.Minutes input) {
        return meetings.hold(code, Params.pathId("meetingId", id), Params.body(input));
    }
}
