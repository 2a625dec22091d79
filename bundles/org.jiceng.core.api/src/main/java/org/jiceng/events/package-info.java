/**
 * Events of the engines and modules, kept in a transactional outbox and pushed to other systems.
 * <p>
 * A service publishes an event with {@link org.jiceng.events.EventOutbox#publish} inside the
 * transaction of the change it reports: the event is written to the outbox in that transaction, so
 * it exists exactly when the change committed. A relay then posts it through the OSGi Event Admin
 * (topic and properties as published) and hands it to every matching webhook subscription
 * ({@link org.jiceng.events.WebhookService}): signed (HMAC-SHA256), retried with back-off, logged,
 * and kept as a dead letter when every attempt failed, to be redelivered on demand.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jiceng.events;
