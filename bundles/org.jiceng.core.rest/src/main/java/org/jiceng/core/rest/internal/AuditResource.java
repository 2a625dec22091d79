package org.jiceng.core.rest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.audit.AuditEntry;
import org.jiceng.audit.AuditQuery;
import org.jiceng.audit.AuditService;
import org.jiceng.audit.AuditVerification;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.security.Channel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
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

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
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
