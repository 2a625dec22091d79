package org.jiceng.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;

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
import org.jiceng.common.Validator;
import org.jiceng.security.Actor;
import org.jiceng.transfer.MobileMember;
import org.jiceng.transfer.Transfer;
import org.jiceng.transfer.TransferService;
import org.jiceng.transfer.TransferStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 组织关系转接 and 流动党员. */
@Component(service = TransferResource.class)
@JaxrsResource
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relation transfers", description = "组织关系转接: issued → received → completed, or expired / returned; and mobile members")
public class TransferResource {
    private final TransferService transfers;

    @Activate
    public TransferResource(@Reference TransferService transfers) {
        this.transfers = transfers;
    }

    /** Body of POST /transfers; {@code recordedBy} is the account logged in (filled in when absent, 400 when naming another). */
    public record Issue(Long memberId, Long toOrganizationId, String letterNumber, LocalDate issuedOn, Integer validityDays,
            @Actor String recordedBy) {
    }

    /** Body of the step operations; {@code recordedBy} is the account logged in (filled in when absent). */
    public record Step(LocalDate date, @Actor String recordedBy, String reason, Long version) {
    }

    @POST
    @Operation(summary = "Issue an introduction letter moving a member to another organization")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Transfer.class)))
    public Response issue(Issue body) {
        Issue in = Params.body(body);
        new Validator().require("memberId", in.memberId()).require("toOrganizationId", in.toOrganizationId())
                .require("validityDays", in.validityDays()).throwIfInvalid();
        Transfer t = transfers.issue(in.memberId(), in.toOrganizationId(), in.letterNumber(), in.issuedOn(), in.validityDays(), in.recordedBy());
        return Response.created(URI.create("transfers/" + t.id())).entity(t).build();
    }

    @GET
    @Operation(summary = "Transfers whose sending or receiving organization is in the subtree")
    public Page<Transfer> find(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("memberId") String memberId,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return transfers.find(JurisdictionResource.blankToNull(jurisdiction), Params.id("memberId", memberId),
                Params.enumOf(TransferStatus.class, "status", status),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), null, java.util.Set.of("id")));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One transfer with its history")
    public Transfer get(@PathParam("id") String id) {
        return transfers.get(Params.pathId("id", id));
    }

    @POST
    @Path("{id}/receive")
    @Operation(summary = "The receiving organization got the letter (within its validity)")
    public Transfer receive(@PathParam("id") String id, Step body) {
        Step s = Params.body(body);
        return transfers.receive(Params.pathId("id", id), s.date(), s.recordedBy(), Validator.requiredVersion(s.version()));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "The member is enrolled in the receiving organization")
    public Transfer complete(@PathParam("id") String id, Step body) {
        Step s = Params.body(body);
        return transfers.complete(Params.pathId("id", id), s.date(), s.recordedBy(), Validator.requiredVersion(s.version()));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The receiving organization refused the letter (reason required)")
    public Transfer returnLetter(@PathParam("id") String id, Step body) {
        Step s = Params.body(body);
        return transfers.returnLetter(Params.pathId("id", id), s.date(), s.recordedBy(), s.reason(), Validator.requiredVersion(s.version()));
    }

    @GET
    @Path("mobile-members")
    @Operation(summary = "流动党员 of organizations in the subtree; current=true keeps those away today")
    public Page<MobileMember> mobile(
            @Parameter(required = true, description = "the subtree (accounts below admin: their own by default)") @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("current") String current,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        new Validator().require("jurisdiction", jurisdiction).throwIfInvalid();
        Boolean onlyCurrent = Params.bool("current", current);
        return transfers.mobileMembers(jurisdiction, onlyCurrent != null && onlyCurrent,
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), null, java.util.Set.of("id")));
    }

    @POST
    @Path("mobile-members")
    @Operation(summary = "Record where a mobile member is")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = MobileMember.class)))
    public Response recordMobile(MobileMember mobile) {
        MobileMember created = transfers.recordMobile(Params.body(mobile));
        return Response.created(URI.create("transfers/mobile-members/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("mobile-members/{id}")
    @Operation(summary = "Update a mobile member record, e.g. set until when back (send the version you read)")
    public MobileMember updateMobile(@PathParam("id") String id, MobileMember mobile) {
        return transfers.updateMobile(Params.pathId("id", id), Params.body(mobile));
    }
}
