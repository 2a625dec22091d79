package org.jiceng.module.wugang.standingdelegates.internal;

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
import org.jiceng.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Studios (党代表工作室) under {@code /api/v1/jurisdictions/{code}/wugang-standing-delegates/studios}. */
/**
 * Proposals and suggestions under {@code …/proposals}: filed, assigned (a problem on the core's
 * problems engine), answered, and the delegate's satisfaction.
 */
@Component(service = ProposalsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {
    private final Proposals proposals;

    @Activate
    public ProposalsResource(@Reference Proposals proposals) {
        this.proposals = proposals;
    }

    /** Body of POST proposals. */
    public static class NewProposal {
        public Long delegateId;
        public String kind;
        public String title;
        public String content;
        public LocalDate filedOn;
    }

    /** Body of POST proposals/{id}/assignment. */
    public static class Assignment {
        public String handlingUnit;
        public LocalDate deadline;
        public LocalDate assignedOn;
        public Long version;
    }

    /** Body of POST proposals/{id}/answer. */
    public static class Answer {
        public String answer;
        public LocalDate answeredOn;
        public Long version;
    }

    /** Body of POST proposals/{id}/satisfaction. */
    public static class Verdict {
        public String satisfaction;
        public String note;
        public LocalDate on;
        public Long version;
    }

    @GET
    public Page<ProposalView> list(@PathParam("code") String code, @QueryParam("delegateId") String delegateId,
            @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Proposals.SORTABLE);
        return proposals.list(code, Params.id("delegateId", delegateId), Params.enumOf(ProposalStatus.class, "status", status),
                Params.integer("year", year), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the proposal as stored, with its id", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public Response file(@PathParam("code") String code, NewProposal input) {
        NewProposal in = Params.body(input);
        ProposalView filed = proposals.file(code, new Proposals.NewProposal(in.delegateId, Params.enumOf(ProposalKind.class, "kind", in.kind),
                in.title, in.content, in.filedOn), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(filed).build();
    }

    @GET
    @Path("{proposalId}")
    public ProposalView get(@PathParam("code") String code, @PathParam("proposalId") String proposalId) {
        return proposals.get(code, Params.pathId("proposalId", proposalId));
    }

    /** The handling as the problems engine keeps it. */
    @GET
    @Path("{proposalId}/problem")
    public Problem problem(@PathParam("code") String code, @PathParam("proposalId") String proposalId) {
        return proposals.problem(code, Params.pathId("proposalId", proposalId));
    }

    @POST
    @Path("{proposalId}/assignment")
    public ProposalView assign(@PathParam("code") String code, @PathParam("proposalId") String proposalId, Assignment input) {
        Assignment in = Params.body(input);
        return proposals.assign(code, Params.pathId("proposalId", proposalId), new Proposals.Assignment(in.handlingUnit, in.deadline, in.assignedOn,
                in.version), LocalDate.now());
    }

    @POST
    @Path("{proposalId}/answer")
    public ProposalView answer(@PathParam("code") String code, @PathParam("proposalId") String proposalId, Answer input) {
        Answer in = Params.body(input);
        return proposals.answer(code, Params.pathId("proposalId", proposalId), new Proposals.Answer(in.answer, in.answeredOn, in.version),
                LocalDate.now());
    }

    @POST
    @Path("{proposalId}/satisfaction")
    public ProposalView satisfaction(@PathParam("code") String code, @PathParam("proposalId") String proposalId, Verdict input) {
        Verdict in = Params.body(input);
        return proposals.satisfaction(code, Params.pathId("proposalId", proposalId), new Proposals.Verdict(Params.enumOf(Satisfaction.class,
                "satisfaction", in.satisfaction), in.note, in.on, in.version), LocalDate.now());
    }
}
