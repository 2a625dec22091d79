package org.jiceng.module.wugang.serviceday.internal;

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
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Residents' applications under {@code /api/v1/jurisdictions/{code}/wugang-service-day/applications}. */
@Component(service = ApplicationsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {
    private final Applications applications;

    @Activate
    public ApplicationsResource(@Reference Applications applications) {
        this.applications = applications;
    }

    /** Body of PUT /applications/{id}/agent. */
    public static class Agent {
        public Long memberId;
        public LocalDate assignedOn;
        public Long version;
    }

    /** Body of PUT /applications/{id}/hall. */
    public static class Hall {
        public LocalDate forwardedOn;
        /** Default: the township's 一站通便民服务大厅. */
        public String hall;
        public Long version;
    }

    /** Body of POST /applications/{id}/progress. */
    public static class Note {
        public LocalDate notedOn;
        public String note;
    }

    /** Body of PUT /applications/{id}/satisfaction. */
    public static class Rating {
        public Satisfaction satisfaction;
        public LocalDate ratedOn;
        public Long version;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the application as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response receive(@PathParam("code") String code, Applications.NewApplication input) {
        ApplicationView created = applications.receive(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/applications/" + created.id)).entity(created)
                .build();
    }

    @GET
    public Page<ApplicationView> list(@PathParam("code") String code, @QueryParam("village") String village, @QueryParam("session") String session,
            @QueryParam("matterType") String matterType, @QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Applications.SORTABLE);
        return applications.list(code, SessionsResource.blankToNull(village), Params.id("session", session),
                Params.enumOf(MatterType.class, "matterType", matterType), state, paging);
    }

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("code") String code, @PathParam("id") String id) {
        return applications.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}/agent")
    public ApplicationView agent(@PathParam("code") String code, @PathParam("id") String id, Agent input) {
        Agent body = Params.body(input);
        return applications.assignAgent(code, Params.pathId("id", id), body.memberId, body.assignedOn, body.version);
    }

    @PUT
    @Path("{id}/hall")
    public ApplicationView hall(@PathParam("code") String code, @PathParam("id") String id, Hall input) {
        Hall body = Params.body(input);
        return applications.forwardToHall(code, Params.pathId("id", id), body.forwardedOn, body.hall, body.version);
    }

    @POST
    @Path("{id}/progress")
    @ApiResponse(responseCode = "201", description = "Created: the progress note as stored, with its id", content = @Content(schema = @Schema(implementation = ProgressView.class)))
    public Response note(@PathParam("code") String code, @PathParam("id") String id, Note input) {
        Note body = Params.body(input);
        ProgressView created = applications.note(code, Params.pathId("id", id), body.notedOn, body.note);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}/result")
    public ApplicationView result(@PathParam("code") String code, @PathParam("id") String id, Applications.Result input) {
        return applications.decide(code, Params.pathId("id", id), Params.body(input));
    }

    @PUT
    @Path("{id}/satisfaction")
    public ApplicationView rate(@PathParam("code") String code, @PathParam("id") String id, Rating input) {
        Rating body = Params.body(input);
        return applications.rate(code, Params.pathId("id", id), body.satisfaction, body.ratedOn, body.version);
    }
}
