package org.jiceng.events;

import java.util.List;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Webhook subscriptions and their deliveries. Administrators, jurisdiction administrators and
 * integration accounts manage subscriptions; a caller other than an administrator sees and changes
 * only its own, and only inside its own subtree. Everything else is 404, like missing data.
 */
@ProviderType
public interface WebhookService {
    /** The topics the core publishes, and those of the installed modules. */
    List<EventTopic> topics();

    Page<WebhookSubscription> list(PageRequest page);

    WebhookSubscription get(long id);

    /** Creates a subscription with a new secret, returned this once. */
    WebhookSubscription create(WebhookDraft draft);

    /** Replaces url, jurisdiction, topics, description and active; {@code draft.version} must be the current one. */
    WebhookSubscription replace(long id, WebhookDraft draft);

    /** Gives the subscription a new secret, returned this once; deliveries after this are signed with it. */
    WebhookSubscription renewSecret(long id);

    /** Removes the subscription with its deliveries. */
    void delete(long id);

    /** The subscription's deliveries, newest first, optionally of one status. */
    Page<WebhookDelivery> deliveries(long subscriptionId, @Nullable DeliveryStatus status, PageRequest page);

    /** One delivery with its attempt log. */
    WebhookDelivery delivery(long subscriptionId, long deliveryId);

    /** Puts a delivery (dead, delivered or pending) back in the queue for an attempt now. */
    WebhookDelivery redeliver(long subscriptionId, long deliveryId);

    /** Puts every dead letter of the subscription back in the queue; returns how many. */
    int redeliverDead(long subscriptionId);
}
