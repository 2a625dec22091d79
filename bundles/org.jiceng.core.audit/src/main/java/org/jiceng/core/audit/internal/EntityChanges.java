package org.jiceng.core.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.jiceng.audit.AuditAction;
import org.jiceng.security.Caller;

/**
 * Reads what one unit-of-work write pass (a flush or the commit) has just written: new rows with
 * all their values, changed rows with the old and new value of each changed attribute (EclipseLink
 * compares every clone with its backup copy, so the old values are exact), deleted rows with the
 * values they had.
 */
final class EntityChanges {
    /** The trail's own tables and the migration bookkeeping are never audited. */
    /**
     * Not audited: the trail's own tables, the migrations' record, and counts derived from audited records
     * ({@code jurisdiction_tally}: the registry's kept counts, changed beside every member or organization written,
     * whose own change is the entry; an entry per count would double the chain's work and say nothing new).
     */
    private static final Set<String> EXCLUDED_TABLES = Set.of("audit_entry", "audit_chain_head", "audit_pending", "schema_migration",
            "jurisdiction_tally");

    private EntityChanges() {
    }

    static List<PendingEntry> of(UnitOfWorkImpl uow, String unit, Caller caller) {
        List<PendingEntry> entries = new ArrayList<>();
        Map<?, ?> deleted = uow.getObjectsDeletedDuringCommit();
        UnitOfWorkChangeSet changes = (UnitOfWorkChangeSet) uow.getUnitOfWorkChangeSet();
        if (changes != null) {
            for (ObjectChangeSet change : changes.getAllChangeSets().values()) {
                Object clone = change.getUnitOfWorkClone();
                if (clone == null || deleted.containsKey(clone)) {
                    continue;
                }
                ClassDescriptor d = uow.getDescriptor(clone);
                if (d == null || excluded(d)) {
                    continue;
                }
                if (change.isNew()) {
                    entries.add(entry(caller, unit, d, clone, AuditAction.INSERT, null, snapshot(d, clone)));
                } else if (change.hasChanges()) {
                    Map<String, Object> before = new TreeMap<>();
                    Map<String, Object> after = new TreeMap<>();
                    for (ChangeRecord record : change.getChanges()) {
                        if (record instanceof DirectToFieldChangeRecord direct) {
                            before.put(record.getAttribute(), direct.getOldValue());
                            after.put(record.getAttribute(), direct.getNewValue());
                        }
                    }
                    if (!after.isEmpty()) {
                        entries.add(entry(caller, unit, d, clone, AuditAction.UPDATE, before, after));
                    }
                }
            }
        }
        for (Object clone : deleted.keySet()) {
            ClassDescriptor d = uow.getDescriptor(clone);
            if (d == null || excluded(d)) {
                continue;
            }
            // The backup copy holds the row as it was read; the clone may carry edits made before remove().
            Object backup = uow.getCloneMapping().get(clone);
            Object source = backup != null && backup != clone ? backup : clone;
            entries.add(entry(caller, unit, d, source, AuditAction.DELETE, snapshot(d, source), null));
        }
        return entries;
    }

    private static PendingEntry entry(Caller caller, String unit, ClassDescriptor d, Object object, AuditAction action,
            Map<String, Object> before, Map<String, Object> after) {
        return PendingEntry.by(caller, jurisdictionOf(d, object), unit, entityName(d), d.getTableName(), idOf(d, object), action,
                AuditJson.object(before), AuditJson.object(after));
    }

    static boolean excluded(ClassDescriptor d) {
        String table = d.getTableName();
        return table == null || excludedTable(table);
    }

    static boolean excludedTable(String table) {
        return EXCLUDED_TABLES.contains(table.toLowerCase(Locale.ROOT));
    }

    /** Every directly mapped attribute, by name. */
    static Map<String, Object> snapshot(ClassDescriptor d, Object object) {
        Map<String, Object> values = new TreeMap<>();
        for (DatabaseMapping m : d.getMappings()) {
            if (m.isAbstractDirectMapping()) {
                values.put(m.getAttributeName(), m.getAttributeValueFromObject(object));
            }
        }
        return values;
    }

    static String entityName(ClassDescriptor d) {
        String alias = d.getAlias();
        return alias != null && !alias.isBlank() ? alias : d.getJavaClass().getSimpleName();
    }

    static String idOf(ClassDescriptor d, Object object) {
        StringBuilder id = new StringBuilder();
        for (DatabaseMapping m : d.getObjectBuilder().getPrimaryKeyMappings()) {
            if (id.length() > 0) {
                id.append(',');
            }
            id.append(m.getAttributeValueFromObject(object));
        }
        return id.length() == 0 ? null : id.toString();
    }

    /** The jurisdiction a row names directly: its {@code jurisdictionCode}, or a jurisdiction's own code. */
    static String jurisdictionOf(ClassDescriptor d, Object object) {
        DatabaseMapping m = d.getMappingForAttributeName("jurisdictionCode");
        if (m == null && "jurisdiction".equalsIgnoreCase(d.getTableName())) {
            m = d.getMappingForAttributeName("code");
        }
        if (m == null) {
            return null;
        }
        Object value = m.getAttributeValueFromObject(object);
        return value == null ? null : value.toString();
    }
}
