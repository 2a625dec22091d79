package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
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

/** Studios (党代表工作室) under {@code /api/v1/jurisdictions/{code}/wugang-standing-delegates/studios}. */
/** Duties performed together (activity days with their roll, visits with reports, meetings attended) under {@code …/duties}. */
@Component(service = DutiesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/duties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutiesResource {
    private final Duties duties;

    @Activate
    public DutiesResource(@Reference Duties duties) {
        this.duties = duties;
    }

    /** Body of POST duties. */
    public static class NewDuty {
        public String kind;
        public Long studioId;
        public LocalDate heldOn;
        public String subject;
        public String report;
        public List<Long> present;
    }

    @GET
    public Page<DutyView> list(@PathParam("code") String code, @QueryParam("kind") String kind, @QueryParam("studioId") String studioId,
            @QueryParam("delegateId") String delegateId, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Duties.SORTABLE);
        return duties.list(code, Params.enumOf(DutyKind.class, "kind", kind), Params.id("studioId", studioId), Params.id("delegateId", delegateId),
                Params.integer("year", year), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the duty as stored, with its id", content = @Content(schema = @Schema(implementation = DutyView.class)))
    public Response record(@PathParam("code") String code, NewDuty input) {
        NewDuty in = Params.body(input);
        DutyView recorded = duties.record(code, new Duties.NewDuty(Params.enumOf(DutyKind.class, "kind", in.kind), in.studioId, in.heldOn, in.subject,
                in.report, in.present), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @Path("{dutyId}")
    public DutyView get(@PathParam("code") String code, @PathParam("dutyId") String dutyId) {
        return duties.get(code, Params.pathId("dutyId", dutyId));
    }
}
