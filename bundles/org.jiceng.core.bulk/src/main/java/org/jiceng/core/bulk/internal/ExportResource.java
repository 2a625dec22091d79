package org.jiceng.core.bulk.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.jiceng.cluster.ReadReplica;
import org.jiceng.common.Params;
import org.jiceng.development.MembershipStatus;
import org.jiceng.persistence.ReplicaReads;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * XLSX exports with the filters of the matching lists; personal numbers masked. An export reads the
 * streaming replica when there is one that has caught up with the primary as the request comes
 * (so it shows every write acknowledged before, the caller's own included), else the primary; the
 * header {@value ReadReplica#HEADER} says which.
 */
@Component(service = ExportResource.class)
@JaxrsResource
@Path("exports")
@Produces(ImportResource.XLSX)
@Tag(name = "Import and export")
public class ExportResource {
    private final Exports exports;
    private final ExportGate gate;
    private final ReadReplica replica;

    @Activate
    public ExportResource(@Reference Exports exports, @Reference ExportGate gate, @Reference ReadReplica replica) {
        this.exports = exports;
        this.gate = gate;
        this.replica = replica;
    }

    @GET
    @Path("members.xlsx")
    @Operation(summary = "Members as XLSX (same filters as GET /members), in the import layout; 429 with Retry-After past the exports running at once")
    public Response members(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("organizationId") String organizationId,
            @QueryParam("stage") String stage, @QueryParam("hasPost") String hasPost, @QueryParam("status") String status,
            @QueryParam("q") String q) {
        MemberQuery query = new MemberQuery(jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.trim(),
                Params.id("organizationId", organizationId), Params.enumOf(MemberStage.class, "stage", stage), Params.bool("hasPost", hasPost), q,
                Params.enumOf(MembershipStatus.class, "status", status));
        return streamed(out -> exports.members(query, out), "members.xlsx");
    }

    @GET
    @Path("organizations.xlsx")
    @Operation(summary = "Organizations as XLSX (same filters as GET /organizations), in the import layout")
    public Response organizations(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("field") String field,
            @QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("termEndsBefore") String termEndsBefore,
            @QueryParam("q") String q) {
        OrganizationQuery query = new OrganizationQuery(jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.trim(),
                Params.enumOf(OrganizationField.class, "field", field), Params.enumOf(OrganizationStatus.class, "status", status),
                Params.enumOf(OrganizationType.class, "type", type), null, Params.date("termEndsBefore", termEndsBefore), q);
        return streamed(out -> exports.organizations(query, out), "organizations.xlsx");
    }

    @GET
    @Path("members/{id}/record.xlsx")
    @Operation(summary = "A member's record (纪实档案) as XLSX: the member and every development step")
    public Response record(@PathParam("id") String id) {
        long memberId = Params.pathId("id", id);
        boolean onReplica = replica.caughtUp();
        byte[] workbook = onReplica ? ReplicaReads.onReplica(() -> exports.memberRecord(memberId)) : exports.memberRecord(memberId);
        return file(workbook, "member-" + memberId + "-record.xlsx").header(ReadReplica.HEADER, readFrom(onReplica)).build();
    }

    /** A list export: admitted first (429 past the configured number), then written straight into the response. */
    private Response streamed(StreamingOutput body, String name) {
        Ticket ticket = gate.admit();
        boolean onReplica = replica.caughtUp(); // decided as the request comes: the body is written later
        StreamingOutput released = out -> {
            try (ticket) {
                if (onReplica) {
                    ReplicaReads.runOnReplica(() -> body.write(out));
                } else {
                    body.write(out);
                }
            }
        };
        return file(released, name).header(ReadReplica.HEADER, readFrom(onReplica)).build();
    }

    private static Response.ResponseBuilder file(Object body, String name) {
        return Response.ok(body, ImportResource.XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static String readFrom(boolean onReplica) {
        return onReplica ? "replica" : "primary";
    }
}
