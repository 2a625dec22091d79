package org.jiceng.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.ProcedureStatus;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepDefinition;
import org.jiceng.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Step procedures: 督导/督查 steps, 党群联席会议 six steps, 好干部评选 five rounds. */
@Component(service = ProcedureResource.class)
@JaxrsResource
@Path("procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Step procedures", description = "程序化流程: versioned definitions of ordered steps; instances advance one step at a time, "
        + "never skip, keep who/when/what per step, may be closed early with a reason")
public class ProcedureResource {
    private final ProcedureService procedures;

    @Activate
    public ProcedureResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    /** Body of POST /procedures/definitions. */
    public record Definition(String key, String name, String moduleId, List<StepDefinition> steps) {
    }

    /** Body of POST /procedures/instances; {@code startedBy} is the account logged in (filled in when absent, 400 when naming another). */
    public record Start(String definitionKey, String subjectType, String subjectId, String jurisdictionCode, String title, @Actor String startedBy,
            LocalDate startedOn) {
    }

    /** Body of POST /procedures/instances/{id}/close; {@code closedBy} is the account logged in (filled in when absent). */
    public record Close(@Actor String closedBy, String reason, LocalDate closedOn, Long version) {
    }

    @POST
    @Path("definitions")
    @Operation(summary = "Save a definition: 201 with a new version when it is new or changed, 200 with the latest when identical")
    @org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ProcedureDefinition.class)))
    public Response define(Definition body) {
        Definition in = Params.body(body);
        Integer before = null;
        if (in.key() != null && !in.key().isBlank()) {
            try {
                before = procedures.definition(in.key().trim(), null).version();
            } catch (NotFoundException e) {
                before = null;
            }
        }
        ProcedureDefinition saved = procedures.define(new ProcedureDefinition(null, in.key(), null, in.name(), in.moduleId(), in.steps(), null));
        if (saved.version().equals(before)) {
            return Response.ok(saved).build();
        }
        return Response.created(URI.create("procedures/definitions/" + saved.key() + "?version=" + saved.version())).entity(saved).build();
    }

    @GET
    @Path("definitions")
    @Operation(summary = "The latest version of every definition, optionally of one module")
    public List<ProcedureDefinition> definitions(@QueryParam("module") String module) {
        return procedures.definitions(JurisdictionResource.blankToNull(module));
    }

    @GET
    @Path("definitions/{key}")
    @Operation(summary = "One definition: the latest version, or ?version=")
    public ProcedureDefinition definition(@PathParam("key") String key, @QueryParam("version") String version) {
        return procedures.definition(key, Params.integer("version", version));
    }

    @POST
    @Path("instances")
    @Operation(summary = "Start an instance of the latest version of a definition about a subject (type + id)")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ProcedureInstance.class)))
    public Response start(Start body) {
        Start in = Params.body(body);
        ProcedureInstance i = procedures.start(in.definitionKey(), in.subjectType(), in.subjectId(), in.jurisdictionCode(), in.title(),
                in.startedBy(), in.startedOn());
        return Response.created(URI.create("procedures/instances/" + i.id())).entity(i).build();
    }

    @GET
    @Path("instances")
    @Operation(summary = "Instances in the jurisdiction subtree; overdue=true keeps those whose current step is past due")
    public Page<ProcedureInstance> find(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("definition") String definition,
            @QueryParam("status") String status, @QueryParam("overdue") String overdue, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return procedures.find(JurisdictionResource.blankToNull(jurisdiction), JurisdictionResource.blankToNull(definition),
                Params.enumOf(ProcedureStatus.class, "status", status), Params.bool("overdue", overdue),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Set.of("id", "startedOn", "currentDue", "title")));
    }

    @GET
    @Path("instances/{id}")
    @Operation(summary = "One instance with every step: done (who, role, when, record, attachments), current (due, overdue) or pending")
    public ProcedureInstance get(@PathParam("id") String id) {
        return procedures.get(Params.pathId("id", id));
    }

    @POST
    @Path("instances/{id}/steps/{stepKey}")
    @Operation(summary = "Complete the current step (422 step-order when it is not the current one, step-role, step-record)")
    public ProcedureInstance complete(@PathParam("id") String id, @PathParam("stepKey") String stepKey, StepCompletion body) {
        StepCompletion c = Params.body(body);
        Validator.requiredVersion(c.version());
        return procedures.completeStep(Params.pathId("id", id), stepKey, c);
    }

    @POST
    @Path("instances/{id}/close")
    @Operation(summary = "Close a running instance early (reason required, send the version you read)")
    public ProcedureInstance close(@PathParam("id") String id, Close body) {
        Close c = Params.body(body);
        return procedures.closeEarly(Params.pathId("id", id), c.closedBy(), c.reason(), c.closedOn(), Validator.requiredVersion(c.version()));
    }
}
