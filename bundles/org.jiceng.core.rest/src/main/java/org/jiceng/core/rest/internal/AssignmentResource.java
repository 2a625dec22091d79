package org.jiceng.core.rest.internal;

import java.net.URI;

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

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentQuery;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.TargetType;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Generic assignments: first secretaries, "three members", leader linkage, resident contact. */
@Component(service = AssignmentResource.class)
@JaxrsResource
@Path("assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "选派: a person sent to an organization, village or sector domain in a role for a period")
public class AssignmentResource {
    private final CadreService cadres;

    @Activate
    public AssignmentResource(@Reference CadreService cadres) {
        this.cadres = cadres;
    }

    @GET
    @Operation(summary = "Search assignments; activeOn keeps those whose period covers the date")
    public Page<Assignment> find(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("memberId") String memberId,
            @QueryParam("role") String role, @QueryParam("targetType") String targetType, @QueryParam("target") String target,
            @QueryParam("status") String status, @QueryParam("module") String module, @QueryParam("activeOn") String activeOn,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        AssignmentQuery query = new AssignmentQuery(JurisdictionResource.blankToNull(jurisdiction), Params.id("memberId", memberId),
                JurisdictionResource.blankToNull(role), Params.enumOf(TargetType.class, "targetType", targetType),
                JurisdictionResource.blankToNull(target), Params.enumOf(AssignmentStatus.class, "status", status),
                JurisdictionResource.blankToNull(module), Params.date("activeOn", activeOn));
        return cadres.assignments(query, PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort,
                CadreService.ASSIGNMENT_SORTABLE));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assignment")
    public Assignment get(@PathParam("id") String id) {
        return cadres.getAssignment(Params.pathId("id", id));
    }

    @POST
    @Operation(summary = "Assign a person to a target")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Assignment.class)))
    public Response assign(Assignment assignment) {
        Assignment created = cadres.assign(Params.body(assignment));
        return Response.created(URI.create("assignments/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an assignment: end it, recall it, extend it (send the version you read)")
    public Assignment update(@PathParam("id") String id, Assignment assignment) {
        return cadres.updateAssignment(Params.pathId("id", id), Params.body(assignment));
    }
}
