package org.jiceng.events;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A system's subscription to events of a jurisdiction subtree.
 *
 * @param jurisdictionCode the subtree whose events are delivered; null for every event (administrators only)
 * @param topics topics or prefixes ending in {@code *} ({@code org/jiceng/problem/*})
 * @param owner the account that created it; only it (and administrators) may see and change it
 * @param secret the HMAC key, shown only when the subscription is created or its secret renewed; null otherwise
 */
public record WebhookSubscription(long id, String url, @Nullable String jurisdictionCode, List<String> topics, @Nullable String description,
        boolean active, String owner, LocalDateTime createdAt, @Nullable String secret, long version) {

    /** This subscription with its secret left out, as every read shows it. */
    public WebhookSubscription withoutSecret() {
        return new WebhookSubscription(id, url, jurisdictionCode, topics, description, active, owner, createdAt, null, version);
    }
}
