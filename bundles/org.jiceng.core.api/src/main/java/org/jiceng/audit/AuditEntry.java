package org.jiceng.audit;

import java.time.LocalDateTime;

import org.jiceng.security.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One link of the audit chain.
 *
 * @param seq                position in the chain: 1, 2, 3 … without gaps
 * @param occurredAt         when the write was committed, UTC, to the millisecond
 * @param username           who wrote ({@code system} for the server's own work)
 * @param channel            the interface the write came through
 * @param remoteAddress      the client address, null for the console and jobs
 * @param callerJurisdiction the root of the writer's jurisdiction, null for unrestricted callers
 * @param jurisdictionCode   the jurisdiction of the written row where the row names one directly, else null
 * @param unit               the persistence unit ({@code jiceng-core} or a module's)
 * @param entity             the JPA entity name
 * @param tableName          the table written
 * @param entityId           the row's primary key (composite keys joined with {@code ,})
 * @param action             what was done
 * @param beforeJson         JSON object of the values before (changed attributes for an update, all for a delete), null for an insert
 * @param afterJson          JSON object of the values after (changed attributes for an update, all for an insert), null for a delete;
 *                           personal data (ID card, phone numbers) masked as in lists
 * @param prevHash           the hash of entry {@code seq - 1} (64 zeros for the first)
 * @param hash               SHA-256 of {@code prevHash} and the entry's canonical form, hex
 */
public record AuditEntry(long seq, LocalDateTime occurredAt, String username, Channel channel, @Nullable String remoteAddress,
        @Nullable String callerJurisdiction, @Nullable String jurisdictionCode, String unit, String entity, @Nullable String tableName,
        @Nullable String entityId, AuditAction action, @Nullable String beforeJson, @Nullable String afterJson, String prevHash, String hash) {
}
