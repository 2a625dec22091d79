package org.jiceng.core.audit.internal;

import java.nio.charset.StandardCharsets;

/**
 * An entry's fields encoded to UTF-8 once, in the canonical form's order ({@link AuditChain#canonical}: the time in
 * the chain's form, then user, channel, address, caller's jurisdiction, jurisdiction, unit, entity, table, id, action,
 * before, after; null stays null), for both what reads them: the hash ({@link CanonicalDigest}) and a row streamed to
 * PostgreSQL ({@link CopiedEntries}), which used to encode every field again, the JSON of the record before and after
 * included.
 */
record EncodedEntry(PendingEntry entry, byte[][] fields) {
    static EncodedEntry of(PendingEntry e) {
        String[] texts = {CanonicalDigest.time(e.occurredAt()), e.username(), AuditChain.name(e.channel()), e.remoteAddress(),
                e.callerJurisdiction(), e.jurisdictionCode(), e.unit(), e.entity(), e.tableName(), e.entityId(), AuditChain.name(e.action()),
                e.beforeJson(), e.afterJson()};
        byte[][] fields = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            fields[i] = texts[i] == null ? null : texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return new EncodedEntry(e, fields);
    }

    /** The time, the first field, in the chain's form to the millisecond. */
    byte[] time() {
        return fields[0];
    }
}
