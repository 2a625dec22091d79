package org.jiceng.module.xingning.towncongress.internal;

import java.net.URI;
import java.util.List;

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

/** Annual sessions, their roll, agenda, elections, evaluation and proposals: {@code …/xingning-town-congress/sessions}. */
@Component(service = SessionsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + CongressStore.MODULE_ID + "/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {
    private final Sessions sessions;
    private final Elections elections;
    private final Proposals proposals;
    private final Evaluations evaluations;

    @Activate
    public SessionsResource(@Reference Sessions sessions, @Reference Elections elections, @Reference Proposals proposals,
            @Reference Evaluations evaluations) {
        this.sessions = sessions;
        this.elections = elections;
        this.proposals = proposals;
        this.evaluations = evaluations;
    }

    @GET
    public Page<Views.Session> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return sessions.list(code, Params.integer("year", year), Params.enumOf(SessionStatus.class, "status", status),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Sessions.SORTABLE));
    }

    /** Convenes a session: notice, credentials for every delegate serving that year, the standard agenda. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the session as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Views.Session.class)))
    public Response convene(@PathParam("code") String code, Sessions.NewSession in) {
        Views.Session s = sessions.convene(code, Params.body(in));
        return Response.created(URI.create(base(code) + s.id())).entity(s).build();
    }

    @GET
    @Path("{id}")
    public Views.Session get(@PathParam("code") String code, @PathParam("id") String id) {
        return sessions.get(code, Params.pathId("id", id));
    }

    @GET
    @Path("{id}/credentials")
    public List<Views.Credential> credentials(@PathParam("code") String code, @PathParam("id") String id) {
        return sessions.credentials(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}/attendance")
    public Views.Session attendance(@PathParam("code") String code, @PathParam("id") String id, Sessions.Roll in) {
        return sessions.recordAttendance(code, Params.pathId("id", id), Params.body(in));
    }

    @POST
    @Path("{id}/agenda")
    @ApiResponse(responseCode = "201", description = "Created: the item is on the agenda; the body is the session with its agenda as it is now", content = @Content(schema = @Schema(implementation = Views.Session.class)))
    public Response addItem(@PathParam("code") String code, @PathParam("id") String id, Sessions.NewItem in) {
        return Response.status(Response.Status.CREATED).entity(sessions.addItem(code, Params.pathId("id", id), Params.body(in))).build();
    }

    @PUT
    @Path("{id}/agenda/{itemId}")
    public Views.AgendaItem completeItem(@PathParam("code") String code, @PathParam("id") String id, @PathParam("itemId") String itemId,
            Sessions.ItemOutcome in) {
        return sessions.completeItem(code, Params.pathId("id", id), Params.pathId("itemId", itemId), Params.body(in));
    }

    /** Closes the session; {@code closedOn} records an earlier closing day when the secretariat enters a session after it was held. */
    @POST
    @Path("{id}/close")
    public Views.Session close(@PathParam("code") String code, @PathParam("id") String id, Sessions.Closing in) {
        return sessions.close(code, Params.pathId("id", id), Params.body(in));
    }

    @POST
    @Path("{id}/evaluation-ballots")
    @ApiResponse(responseCode = "201", description = "Created: the evaluation as stored, with its id", content = @Content(schema = @Schema(implementation = Views.Evaluation.class)))
    public Response ballot(@PathParam("code") String code, @PathParam("id") String id, Evaluations.Ballot in) {
        return Response.status(Response.Status.CREATED).entity(evaluations.castBallot(code, Params.pathId("id", id), Params.body(in))).build();
    }

    @GET
    @Path("{id}/evaluation")
    public Views.Evaluation evaluation(@PathParam("code") String code, @PathParam("id") String id) {
        return evaluations.evaluation(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/elections")
    @ApiResponse(responseCode = "201", description = "Created: the election as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Views.Election.class)))
    public Response election(@PathParam("code") String code, @PathParam("id") String id, Elections.NewElection in) {
        Views.Election e = elections.create(code, Params.pathId("id", id), Params.body(in));
        return Response.created(URI.create("jurisdictions/" + code + "/" + CongressStore.MODULE_ID + "/elections/" + e.id())).entity(e).build();
    }

    @GET
    @Path("{id}/elections")
    public List<Views.Election> elections(@PathParam("code") String code, @PathParam("id") String id) {
        return elections.ofSession(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/proposals")
    @ApiResponse(responseCode = "201", description = "Created: the proposal as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Views.Proposal.class)))
    public Response file(@PathParam("code") String code, @PathParam("id") String id, Proposals.NewProposal in) {
        Views.Proposal p = proposals.file(code, Params.pathId("id", id), Params.body(in));
        return Response.created(URI.create("jurisdictions/" + code + "/" + CongressStore.MODULE_ID + "/proposals/" + p.id())).entity(p).build();
    }

    /** The report on how earlier proposals were handled, heard at this session. */
    @GET
    @Path("{id}/handling-report")
    public Views.HandlingReport handlingReport(@PathParam("code") String code, @PathParam("id") String id) {
        return proposals.handlingReport(code, Params.pathId("id", id));
    }

    private static String base(String code) {
        return "jurisdictions/" + code + "/" + CongressStore.MODULE_ID + "/sessions/";
    }
}
