package org.jiceng.module.xingning.termreminders.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/**
 * REST of the module under {@code /api/v1/jurisdictions/{code}/xingning-term-reminders}. The core
 * answers 404 before this is reached wherever the module is not enabled.
 */
@Component(service = TermRemindersResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + TermReminders.MODULE_ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermRemindersResource {
    private final TermReminders reminders;

    @Activate
    public TermRemindersResource(@Reference TermReminders reminders) {
        this.reminders = reminders;
    }

    /** Body of POST /reminders. */
    public static class NewReminder {
        public Long organizationId;
        public String note;
    }

    /** Body of PUT /reminders/{id}/reply. */
    public static class ReplyInput {
        public Reply reply;
        public LocalDate repliedOn;
        public String note;
        public long version;
    }

    @GET
    @Path("expiring")
    public List<ExpiringTerm> expiring(@PathParam("code") String code, @QueryParam("withinMonths") String withinMonths) {
        return reminders.expiring(code, Params.integer("withinMonths", withinMonths), LocalDate.now());
    }

    @GET
    @Path("overdue")
    public List<ExpiringTerm> overdue(@PathParam("code") String code) {
        return reminders.expiring(code, 1, LocalDate.now()).stream().filter(t -> t.overdue).toList();
    }

    @GET
    @Path("reminders")
    public Page<ReminderView> list(@PathParam("code") String code, @QueryParam("state") String state,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, TermReminders.SORTABLE);
        return reminders.list(code, state, paging, LocalDate.now());
    }

    @GET
    @Path("reminders/{id}")
    public ReminderView get(@PathParam("code") String code, @PathParam("id") String id) {
        return reminders.get(code, Params.pathId("id", id), LocalDate.now());
    }

    @POST
    @Path("reminders")
    @ApiResponse(responseCode = "201", description = "Created: the reminder as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ReminderView.class)))
    public Response record(@PathParam("code") String code, NewReminder input) {
        NewReminder body = Params.body(input);
        ReminderView created = reminders.record(code, body.organizationId, body.note, LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + TermReminders.MODULE_ID + "/reminders/" + created.id))
                .entity(created).build();
    }

    @PUT
    @Path("reminders/{id}/reply")
    public ReminderView reply(@PathParam("code") String code, @PathParam("id") String id, ReplyInput input) {
        ReplyInput body = Params.body(input);
        return reminders.reply(code, Params.pathId("id", id), body.reply, body.repliedOn, body.note, body.version, LocalDate.now());
    }

    @POST
    @Path("reminders/generate")
    public Map<String, Object> generate(@PathParam("code") String code) {
        return Map.of("jurisdiction", code, "created", reminders.generate(code, LocalDate.now()));
    }
}
