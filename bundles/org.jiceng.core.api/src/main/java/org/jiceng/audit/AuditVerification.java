package org.jiceng.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of walking the whole audit chain.
 *
 * @param entriesChecked entries read
 * @param valid          whether every entry, the order and the head agree
 * @param lastSeq        the head's last sequence number
 * @param firstBrokenSeq the first sequence number where the chain breaks, null when valid
 * @param reason         why it breaks (edited entry, missing entry, cut-off tail …), null when valid
 */
public record AuditVerification(long entriesChecked, boolean valid, long lastSeq, @Nullable Long firstBrokenSeq, @Nullable String reason) {
}
