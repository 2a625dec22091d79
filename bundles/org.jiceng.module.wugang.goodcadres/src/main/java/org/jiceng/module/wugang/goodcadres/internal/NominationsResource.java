package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

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
import org.jiceng.procedure.ProcedureInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Nominations, their rounds and the objections to them. Under
 * {@code /api/v1/jurisdictions/{code}/wugang-good-cadres/nominations}. Channel, outcome and round
 * arrive as text so that an unknown one is a 400 naming the field.
 */
@Component(service = NominationsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationsResource {
    private final Nominations nominations;
    private final Objections objections;

    @Activate
    public NominationsResource(@Reference Nominations nominations, @Reference Objections objections) {
        this.nominations = nominations;
        this.objections = objections;
    }

    /** Body of POST nominations. */
    public static class NewNomination {
        public Long campaignId;
        public String channel;
        public Long memberId;
        public String nominator;
        public String reason;
        public LocalDate nominatedOn;
    }

    /** Body of POST nominations/{id}/rounds/{round}. */
    public static class Decision {
        public String outcome;
        public String reason;
        public LocalDate decidedOn;
        public Long version;
    }

    /** Body of POST nominations/{id}/objections. */
    public static class NewObjection {
        public String content;
        /** Who raised it (a member of the public, anonymous when none): an outside person; the account recording it is {@code recordedBy}. */
        public String raisedBy;
        public LocalDate raisedOn;
    }

    @GET
    public Page<NominationView> list(@PathParam("code") String code, @QueryParam("campaignId") String campaignId,
            @QueryParam("channel") String channel, @QueryParam("status") String status, @QueryParam("round") String round,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Nominations.SORTABLE);
        return nominations.list(code, Params.id("campaignId", campaignId), Params.enumOf(Channel.class, "channel", channel),
                Params.enumOf(NominationStatus.class, "status", status), round == null || round.isBlank() ? null : Round.ofKey("round", round),
                paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the nomination as stored, with its id", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response nominate(@PathParam("code") String code, NewNomination input) {
        NewNomination in = Params.body(input);
        NominationView created = nominations.nominate(code, new Nominations.NewNomination(in.campaignId,
                Params.enumOf(Channel.class, "channel", in.channel), in.memberId, in.nominator, in.reason, in.nominatedOn), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(nominations.get(code, created.id)).build();
    }

    @GET
    @Path("{nominationId}")
    public NominationView get(@PathParam("code") String code, @PathParam("nominationId") String nominationId) {
        return nominations.get(code, Params.pathId("nominationId", nominationId));
    }

    /** The nomination's five rounds as the core's procedure engine keeps them. */
    @GET
    @Path("{nominationId}/procedure")
    public ProcedureInstance procedure(@PathParam("code") String code, @PathParam("nominationId") String nominationId) {
        return nominations.procedure(code, Params.pathId("nominationId", nominationId));
    }

    /** Decides the nominee's current round: PASS or ELIMINATE (with the reason). */
    @POST
    @Path("{nominationId}/rounds/{round}")
    public NominationView decide(@PathParam("code") String code, @PathParam("nominationId") String nominationId, @PathParam("round") String round,
            Decision input) {
        Decision in = Params.body(input);
        long id = Params.pathId("nominationId", nominationId);
        nominations.decide(code, id, Round.ofKey("round", round),
                new Nominations.Decision(Params.enumOf(Outcome.class, "outcome", in.outcome), in.reason, in.decidedOn, in.version), LocalDate.now());
        return nominations.get(code, id);
    }

    /** Records an objection raised against the nominee during the public notice. */
    @POST
    @Path("{nominationId}/objections")
    @ApiResponse(responseCode = "201", description = "Created: the objection as stored, with its id", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public Response object(@PathParam("code") String code, @PathParam("nominationId") String nominationId, NewObjection input) {
        NewObjection in = Params.body(input);
        ObjectionView raised = objections.raise(code, Params.pathId("nominationId", nominationId),
                new Objections.NewObjection(in.content, in.raisedBy, in.raisedOn), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(raised).build();
    }
}
