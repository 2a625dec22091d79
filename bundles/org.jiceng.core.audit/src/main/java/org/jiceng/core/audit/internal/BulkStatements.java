package org.jiceng.core.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.queries.ModifyQuery;
import org.jiceng.audit.AuditAction;
import org.jiceng.security.Caller;

/** The audit entry of a bulk JPQL UPDATE/DELETE or a native modifying SQL statement. */
final class BulkStatements {
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
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("statement", statement);
        after.put("rows", rows);
        return PendingEntry.by(caller, null, unit, entity, table, null, AuditAction.BULK_WRITE, null, AuditJson.object(after));
    }
}
