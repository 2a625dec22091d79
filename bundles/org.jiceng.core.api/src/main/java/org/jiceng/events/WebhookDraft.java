package org.jiceng.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a caller gives to create or replace a subscription.
 *
 * @param jurisdictionCode the subtree; the caller's own jurisdiction when null (an administrator's null means everything)
 * @param active false to pause deliveries (events are not kept for a paused subscription)
 * @param version the version read, when replacing (a stale one is 409)
 */
public record WebhookDraft(@Nullable String url, @Nullable String jurisdictionCode, @Nullable List<String> topics, @Nullable String description,
        @Nullable Boolean active, @Nullable Long version) {
}
