package org.jiceng.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.audit.AuditCheckpoint;
import org.jiceng.audit.AuditCheckpoints;
import org.jiceng.audit.AuditEntry;
import org.jiceng.audit.AuditQuery;
import org.jiceng.audit.AuditService;
import org.jiceng.audit.AuditVerification;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.security.Channel;
import org.jiceng.security.RequiresRole;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail: search (and XLSX export with format=xlsx) and verification of the hash chain. */
@Component(service = AuditResource.class)
@JaxrsResource
@Path("audit")
// The trail names people and shows before/after values: administrators only, a jurisdiction-admin within its subtree.
@org.jiceng.security.RequiresRole(org.jiceng.security.Role.JURISDICTION_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every write of core, engines and modules with who, when, from where, through which interface, "
        + "before and after; entries form a SHA-256 hash chain")
public class AuditResource {
    private final AuditService audit;
    private final AuditCheckpoints checkpoints;

    @Activate
    public AuditResource(@Reference AuditService audit, @Reference AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    @GET
    @Operation(summary = "Audit entries, newest first: by entity (and entityId), user, jurisdiction subtree, channel and time "
            + "(from inclusive, to exclusive; yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, UTC); format=xlsx exports them")
    public Page<AuditEntry> find(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId, @QueryParam("user") String user,
            @QueryParam("jurisdiction") String jurisdiction, @QueryParam("channel") String channel, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        AuditQuery query = new AuditQuery(entity, entityId, user, jurisdiction, Params.enumOf(Channel.class, "channel", channel),
                time("from", from), time("to", to));
        return audit.find(query, PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, AuditService.SORTABLE));
    }

    @GET
    @Path("verify")
    @org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
    @Operation(summary = "Walk the whole chain and recompute every hash: valid, or the first broken entry and why")
    public AuditVerification verify() {
        return audit.verify();
    }

    @GET
    @Path("checkpoints")
    @RequiresRole({Role.ADMIN, Role.INTEGRATION})
    @Operation(summary = "Signed checkpoints of the chain's head, newest first (size: at most 100, default 20): an upper-level system "
            + "keeps them, and later proves with verify that the trail was not rewritten")
    public List<AuditCheckpoint> checkpoints(@QueryParam("size") String size) {
        Integer n = Params.integer("size", size);
        if (n != null && (n < 1 || n > 100)) {
            throw new ValidationException("size", "must be between 1 and 100");
        }
        return checkpoints.latest(n == null ? 20 : n);
    }

    @POST
    @Path("checkpoints")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Sign the chain's head now (besides the daily checkpoint) and write its file")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = AuditCheckpoint.class)))
    public Response checkpoint() {
        AuditCheckpoint made = checkpoints.create();
        return Response.created(URI.create("audit/checkpoints?size=1")).entity(made).build();
    }

    @GET
    @Path("checkpoints/key")
    @RequiresRole({Role.ADMIN, Role.INTEGRATION})
    @Operation(summary = "The public key checkpoints are signed with (Ed25519, X.509, Base64; a keyFingerprint is the first 16 hex digits of its SHA-256): to check a "
            + "checkpoint's signature without this server")
    public Map<String, String> checkpointKey() {
        String key = checkpoints.publicKey();
        return Map.of("algorithm", "Ed25519", "publicKey", key, "signedText",
                "jiceng-audit-checkpoint/1\nseq=<seq>\nhash=<hash>\nsignedAt=<signedAt>\n");
    }

    @POST
    @Path("checkpoints/verify")
    @RequiresRole(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the trail against a checkpoint kept elsewhere: its signature, the whole chain, and that its entry still "
            + "has its hash (a trail rewritten with fresh hashes fails here although verify alone passes)")
    public AuditVerification verifyCheckpoint(AuditCheckpoint checkpoint) {
        return checkpoints.verify(checkpoint);
    }

    /** A day (its start) or a time of day, UTC. */
    static LocalDateTime time(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return v.length() <= 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(parameter, "must be a date yyyy-MM-dd or a time yyyy-MM-ddTHH:mm:ss (UTC)");
        }
    }
}
