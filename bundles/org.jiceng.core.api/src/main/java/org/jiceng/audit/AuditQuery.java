package org.jiceng.audit;

import java.time.LocalDateTime;

import org.jiceng.security.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Filters of an audit search; every one is optional.
 *
 * @param entity       JPA entity name, e.g. {@code OrganizationEntity}
 * @param entityId     primary key of the row, with {@code entity}
 * @param username     who wrote
 * @param jurisdiction entries about rows in this jurisdiction's subtree, or written by callers whose jurisdiction lies in it
 * @param channel      the interface
 * @param from         occurred at or after (UTC)
 * @param to           occurred before (UTC)
 */
public record AuditQuery(@Nullable String entity, @Nullable String entityId, @Nullable String username, @Nullable String jurisdiction,
        @Nullable Channel channel, @Nullable LocalDateTime from,
        @Nullable LocalDateTime to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
