package org.jiceng.core.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jiceng events and webhooks", description = "The outbox relay and the delivery of events to webhook subscriptions.")
public @interface EventsConfig {
    String PID = "org.jiceng.events";

    @AttributeDefinition(description = "How often the relay looks for committed events, in milliseconds (a publish wakes it at once as well).")
    long relayIntervalMillis() default 500;

    @AttributeDefinition(description = "Deliveries sent at the same time.")
    int deliveryThreads() default 4;

    @AttributeDefinition(description = "Attempts before a delivery becomes a dead letter.")
    int maxAttempts() default 12;

    @AttributeDefinition(description = "Wait before the first retry, in milliseconds; each next wait doubles.")
    long firstRetryMillis() default 10_000;

    @AttributeDefinition(description = "Longest wait between two attempts, in milliseconds.")
    long maxRetryMillis() default 3_600_000;

    @AttributeDefinition(description = "Seconds a receiver has to connect and answer.")
    int timeoutSeconds() default 10;

    @AttributeDefinition(description = "Days relayed events and delivered deliveries are kept; dead letters stay until redelivered or their subscription is removed.")
    int retentionDays() default 7;
}
