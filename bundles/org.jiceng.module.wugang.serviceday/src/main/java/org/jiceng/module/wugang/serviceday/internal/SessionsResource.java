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

/** Service days under {@code /api/v1/jurisdictions/{code}/wugang-service-day/sessions}; the core answers 404 where the module is not enabled. */
@Component(service = SessionsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {
    private final Sessions sessions;

    @Activate
    public SessionsResource(@Reference Sessions sessions) {
        this.sessions = sessions;
    }

    /** Body of PUT /sessions/{id}/close. */
    public static class Closing {
        public LocalDate closedOn;
        public Long version;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the session as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response open(@PathParam("code") String code, Sessions.NewSession input) {
        SessionView created = sessions.open(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/sessions/" + created.id)).entity(created).build();
    }

    @GET
    public Page<SessionView> list(@PathParam("code") String code, @QueryParam("village") String village, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("closed") String closed, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Sessions.SORTABLE);
        return sessions.list(code, blankToNull(village), Params.date("from", from), Params.date("to", to), Params.bool("closed", closed), paging);
    }

    @GET
    @Path("{id}")
    public SessionView get(@PathParam("code") String code, @PathParam("id") String id) {
        return sessions.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}/close")
    public SessionView close(@PathParam("code") String code, @PathParam("id") String id, Closing input) {
        Closing body = Params.body(input);
        return sessions.close(code, Params.pathId("id", id), body.closedOn, org.jiceng.common.Validator.requiredVersion(body.version));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
