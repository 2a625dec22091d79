package org.jiceng.events;

import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes an event in the same database transaction as the change it reports. The core's
 * engines and modules call it instead of posting to the Event Admin themselves: a rolled-back
 * change publishes nothing, a committed one is delivered at least once — to Event Admin handlers
 * and to webhook subscriptions — even when the server dies right after the commit.
 * <p>
 * Properties are kept as JSON: strings, numbers, booleans and lists of them. Handlers read
 * numbers back as {@link Long} or {@link Double}. A property {@code jurisdictionCode} places the
 * event in a jurisdiction, which webhook subscriptions filter on.
 */
@ProviderType
public interface EventOutbox {
    /** The property that places an event in a jurisdiction. */
    String JURISDICTION_CODE = "jurisdictionCode";

    /**
     * Writes the event into the transaction {@code em} is in.
     *
     * @throws IllegalStateException when {@code em} has no active transaction
     */
    void publish(EntityManager em, String topic, Map<String, ?> properties);

    /** Publishes an event that reports no database change of its own (a daily sweep's finding), in a transaction of its own. */
    void publish(String topic, Map<String, ?> properties);
}
