package org.jiceng.core.audit.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.queries.ModifyQuery;
import org.jiceng.audit.AuditAction;
import org.jiceng.security.Caller;

/** The audit entry of a bulk JPQL UPDATE/DELETE or a native modifying SQL statement. */
final class BulkStatements {
    /** The table a native INSERT, UPDATE or DELETE writes. */
    private static final Pattern NATIVE_TARGET = Pattern.compile("^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    private BulkStatements() {
    }

    /** The entry, or null when the statement writes only the trail's own or excluded tables, or is an object-level write. */
    static PendingEntry entry(UnitOfWorkImpl uow, ModifyQuery query, int rows, String unit, Caller caller) {
        if (query.isObjectLevelModifyQuery()) {
            return null; // insert/update/delete of one object: recorded from the change set
        }
        String entity = "(sql)";
        String table = null;
        if (query instanceof ModifyAllQuery all && all.getReferenceClass() != null) {
            ClassDescriptor d = uow.getDescriptor(all.getReferenceClass());
            if (d != null) {
                if (EntityChanges.excluded(d)) {
                    return null;
                }
                entity = EntityChanges.entityName(d);
                table = d.getTableName();
            }
        }
        String statement = query.getJPQLString() != null ? query.getJPQLString() : query.getSQLString();
        if (query.getJPQLString() == null && table == null) {
            table = nativeTarget(statement);
            if (table != null && EntityChanges.excludedTable(table)) {
                return null;
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("statement", statement);
        after.put("rows", rows);
        return PendingEntry.by(caller, null, unit, entity, table, null, AuditAction.BULK_WRITE, null, AuditJson.object(after));
    }

    /** The table a native statement writes, or null when it is not a plain INSERT, UPDATE or DELETE of one table. */
    static String nativeTarget(String sql) {
        if (sql == null) {
            return null;
        }
        Matcher m = NATIVE_TARGET.matcher(sql);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
