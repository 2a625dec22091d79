package org.jiceng.core.events.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The active subscriptions as the relay matches events against them. */
record Subscribers(List<Subscriber> all) {

    /** One subscription: its subtree (null for everything), topic patterns and when it began. */
    record Subscriber(long id, String jurisdictionCode, List<String> topics, LocalDateTime createdAt) {

        /** Whether the event, in a jurisdiction with {@code ancestors} (itself included), is for this subscriber. */
        boolean wants(String topic, Set<String> ancestors, LocalDateTime occurredAt) {
            return !occurredAt.isBefore(createdAt) && TopicPattern.matchesAny(topics, topic)
                    && (jurisdictionCode == null || ancestors.contains(jurisdictionCode));
        }
    }

    boolean anyScoped() {
        return all.stream().anyMatch(s -> s.jurisdictionCode() != null);
    }
}
