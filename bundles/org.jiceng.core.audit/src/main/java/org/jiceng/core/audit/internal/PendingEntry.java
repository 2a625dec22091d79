package org.jiceng.core.audit.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jiceng.audit.AuditAction;
import org.jiceng.security.Caller;
import org.jiceng.security.Channel;

/** An audit entry before it is given its place (seq) and hash in the chain. */
record PendingEntry(LocalDateTime occurredAt, String username, Channel channel, String remoteAddress, String callerJurisdiction,
        String jurisdictionCode, String unit, String entity, String tableName, String entityId, AuditAction action, String beforeJson,
        String afterJson) {

    /** An entry by {@code caller} now; times are UTC to the millisecond, so they survive every database unchanged. */
    static PendingEntry by(Caller caller, String jurisdictionCode, String unit, String entity, String tableName, String entityId,
            AuditAction action, String beforeJson, String afterJson) {
        return new PendingEntry(now(), caller.username(), caller.channel(), caller.remoteAddress(), caller.jurisdictionCode(),
                jurisdictionCode, unit, entity, tableName, entityId, action, beforeJson, afterJson);
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
