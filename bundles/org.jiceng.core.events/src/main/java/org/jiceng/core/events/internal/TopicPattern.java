package org.jiceng.core.events.internal;

import java.util.List;

/**
 * The topics a subscription names: an exact topic ({@code org/jiceng/problem/RECTIFIED}), a prefix
 * ending in {@code *} ({@code org/jiceng/problem/*}), or {@code *} for every topic — the
 * Event Admin's own rules for {@code event.topics}.
 */
final class TopicPattern {
    /** A topic: slash-separated tokens of letters, digits, '_' and '-'. */
    static final String TOPIC = "[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*";
    /** A pattern: a topic, a topic followed by "/*", or "*". */
    static final String PATTERN = "\\*|" + TOPIC + "(/\\*)?";

    private TopicPattern() {
    }

    static boolean valid(String pattern) {
        return pattern != null && pattern.matches(PATTERN);
    }

    static boolean matches(String pattern, String topic) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("/*")) {
            return topic.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(topic);
    }

    static boolean matchesAny(List<String> patterns, String topic) {
        return patterns.stream().anyMatch(p -> matches(p, topic));
    }
}
