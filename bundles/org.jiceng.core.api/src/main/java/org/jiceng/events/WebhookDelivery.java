package org.jiceng.events;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One event's delivery to one subscription, with its attempts (newest last; empty in lists).
 *
 * @param eventId the event's id, the same in every delivery and redelivery of it: receivers deduplicate on it
 * @param lastStatusCode the receiver's HTTP status of the last attempt; null when it gave none (refused, timed out)
 */
public record WebhookDelivery(long id, long subscriptionId, long eventId, String topic, @Nullable String jurisdictionCode,
        LocalDateTime occurredAt, DeliveryStatus status, int attempts, @Nullable LocalDateTime nextAttemptAt,
        @Nullable LocalDateTime deliveredAt, @Nullable Integer lastStatusCode, @Nullable String lastError, List<DeliveryAttempt> attemptLog) {
}
