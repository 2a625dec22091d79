package org.jiceng.module.xingning.towncongress.internal;

import java.net.URI;
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

/** Village joint meetings: {@code …/xingning-town-congress/joint-meetings}. */
@Component(service = JointMeetingsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/joint-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JointMeetingsResource {
    private final JointMeetings meetings;

    @Activate
    public JointMeetingsResource(@Reference JointMeetings meetings) {
        this.meetings = meetings;
    }

    @GET
    public Page<Views.JointMeeting> list(@PathParam("code") String code, @QueryParam("kind") String kind, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return meetings.list(code, Params.enumOf(MeetingKind.class, "kind", kind), Params.date("from", from), Params.date("to", to),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, JointMeetings.SORTABLE));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the joint meeting as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Views.JointMeeting.class)))
    public Response record(@PathParam("code") String code, JointMeetings.NewMeeting in) {
        Views.JointMeeting m = meetings.record(code, Params.body(in));
        return Response.created(URI.create("jurisdictions/" + code + "/" + CongressStore.MODULE_ID + "/joint-meetings/" + m.id())).entity(m).build();
    }

    /** Villages and communities whose last meeting of the kind is overdue. */
    @GET
    @Path("overdue")
    public List<Views.MeetingDue> overdue(@PathParam("code") String code, @QueryParam("kind") String kind, @QueryParam("asOf") String asOf) {
        return meetings.overdue(code, Params.enumOf(MeetingKind.class, "kind", kind), Params.date("asOf", asOf));
    }

    @GET
    @Path("{id}")
    public Views.JointMeeting get(@PathParam("code") String code, @PathParam("id") String id) {
        return meetings.get(code, Params.pathId("id", id));
    }

    /** Completes the current step of the Party–masses procedure; {@code version} is the procedure instance's. */
    @POST
    @Path("{id}/steps/{stepKey}")
    public Views.JointMeeting step(@PathParam("code") String code, @PathParam("id") String id, @PathParam("stepKey") String stepKey,
            JointMeetings.Step in) {
        return meetings.completeStep(code, Params.pathId("id", id), stepKey, Params.body(in));
    }
}
