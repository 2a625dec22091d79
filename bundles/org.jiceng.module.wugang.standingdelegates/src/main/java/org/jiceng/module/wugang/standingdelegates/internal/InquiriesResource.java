package org.jiceng.module.wugang.standingdelegates.internal;

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
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Studios (党代表工作室) under {@code /api/v1/jurisdictions/{code}/wugang-standing-delegates/studios}. */
/** Inquiries (询问) and questionings (质询) and their answers, under {@code …/inquiries}. */
@Component(service = InquiriesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InquiriesResource {
    private final Inquiries inquiries;

    @Activate
    public InquiriesResource(@Reference Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    /** Body of POST inquiries. */
    public static class NewInquiry {
        public Long delegateId;
        public String kind;
        public String addressedTo;
        public String question;
        public LocalDate askedOn;
    }

    /** Body of PUT inquiries/{id}/answer. */
    public static class Answer {
        public String answer;
        public LocalDate answeredOn;
        public Long version;
    }

    @GET
    public Page<InquiryView> list(@PathParam("code") String code, @QueryParam("delegateId") String delegateId, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Inquiries.SORTABLE);
        return inquiries.list(code, Params.id("delegateId", delegateId), Params.enumOf(InquiryKind.class, "kind", kind), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the inquiry as stored, with its id", content = @Content(schema = @Schema(implementation = InquiryView.class)))
    public Response ask(@PathParam("code") String code, NewInquiry input) {
        NewInquiry in = Params.body(input);
        InquiryView asked = inquiries.ask(code, new Inquiries.NewInquiry(in.delegateId, Params.enumOf(InquiryKind.class, "kind", in.kind),
                in.addressedTo, in.question, in.askedOn), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(asked).build();
    }

    @PUT
    @Path("{inquiryId}/answer")
    public InquiryView answer(@PathParam("code") String code, @PathParam("inquiryId") String inquiryId, Answer input) {
        Answer in = Params.body(input);
        return inquiries.answer(code, Params.pathId("inquiryId", inquiryId), new Inquiries.Answer(in.answer, in.answeredOn, in.version),
                LocalDate.now());
    }
}
