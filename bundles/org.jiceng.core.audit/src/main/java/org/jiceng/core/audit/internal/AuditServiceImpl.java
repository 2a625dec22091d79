package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jiceng.audit.AuditAction;
import org.jiceng.audit.AuditEntry;
import org.jiceng.audit.AuditQuery;
import org.jiceng.audit.AuditService;
import org.jiceng.audit.AuditVerification;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.persistence.Snapshots;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private static final Map<String, String> SORT_COLUMNS = Map.of("seq", "a.seq", "id", "a.seq", "occurredAt", "a.occurredAt", "username",
            "a.username", "entity", "a.entity", "action", "a.action", "channel", "a.channel");

    private final AuditStore store;
    private final AuditTrail trail;

    @Activate
    public AuditServiceImpl(@Reference AuditStore store, @Reference AuditTrail trail) {
        this.store = store;
        this.trail = trail;
    }

    @Override
    public Page<AuditEntry> find(AuditQuery q, PageRequest page) {
        AuditQuery query = q == null ? AuditQuery.all() : q;
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw new ValidationException("to", "must be after from");
        }
        if (query.entityId() != null && query.entity() == null) {
            throw new ValidationException("entityId", "needs entity");
        }
        PageRequest ordered = page.withDefaultOrder(new PageRequest.Order("seq", false));
        trail.catchUp(); // the caller's own writes, committed just before, are in the chain
        return store.tx().read(em -> {
            QueryBuilder b = new QueryBuilder("AuditEntryEntity", "a")
                    .where("a.entity = :entity", "entity", blankToNull(query.entity()))
                    .where("a.entityId = :entityId", "entityId", blankToNull(query.entityId()))
                    .where("a.username = :username", "username", blankToNull(query.username()))
                    .where("a.channel = :channel", "channel", query.channel())
                    .where("a.occurredAt >= :fromTime", "fromTime", query.from())
                    .where("a.occurredAt < :toTime", "toTime", query.to())
                    // about a row in the subtree, or written by someone whose jurisdiction lies in it
                    .where("(a.jurisdictionCode IN " + JurisdictionAncestry.SUBTREE_CODES + " OR a.callerJurisdiction IN "
                            + JurisdictionAncestry.SUBTREE_CODES + ")", "scope",
                            blankToNull(query.jurisdiction()));
            Page<AuditEntryEntity> rows = b.page(em, AuditEntryEntity.class, ordered, SORT_COLUMNS);
            return new Page<>(rows.items().stream().map(AuditEntryEntity::toApi).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public AuditVerification verify() {
        trail.catchUp();
        try (Connection c = trail.dataSource().getConnection()) {
            // One consistent snapshot of entries and head: writers keep appending meanwhile.
            c.setAutoCommit(false);
            // entries and head from one snapshot (H2's REPEATABLE READ would take the entries' later than the head's)
            c.setTransactionIsolation(Snapshots.isolation(c));
            try {
                return AuditChain.verify(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T recordAsOneLoad(String what, Supplier<T> work, Function<? super T, String> countsJson) {
        T loaded = AuditSuppression.during(work);
        trail.recordDataLoaded(what, countsJson.apply(loaded));
        return loaded;
    }

    @Override
    public void recordAction(AuditAction action, String unit, String entity, String entityId, String beforeJson, String afterJson) {
        trail.recordAction(action, unit, entity, entityId, beforeJson, afterJson);
    }

    @Override
    public boolean recording() {
        return trail.recording();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
