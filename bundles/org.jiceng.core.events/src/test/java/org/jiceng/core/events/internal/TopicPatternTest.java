package org.jiceng.core.events.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicPatternTest {
    @Test
    void aPrefixTakesEveryTopicBelowItAndNoOther() {
        assertTrue(TopicPattern.matches("org/jiceng/problem/*", "org/jiceng/problem/RECTIFIED"));
        assertTrue(TopicPattern.matches("org/jiceng/*", "org/jiceng/problem/RECTIFIED"));
        assertFalse(TopicPattern.matches("org/jiceng/problem/*", "org/jiceng/problems/RECTIFIED"));
        assertFalse(TopicPattern.matches("org/jiceng/problem/*", "org/jiceng/problem"));
    }

    @Test
    void anExactTopicTakesOnlyItself() {
        assertTrue(TopicPattern.matches("org/jiceng/problem/RECTIFIED", "org/jiceng/problem/RECTIFIED"));
        assertFalse(TopicPattern.matches("org/jiceng/problem/RECTIFIED", "org/jiceng/problem/RECTIFIED2"));
        assertTrue(TopicPattern.matchesAny(List.of("org/jiceng/module/ENABLED", "*"), "org/jiceng/duty/ROUND_OPENED"));
    }

    @Test
    void onlyEventAdminTopicsAndPrefixesAreValid() {
        assertTrue(TopicPattern.valid("*"));
        assertTrue(TopicPattern.valid("org/jiceng/development/ACTIVIST_CONFIRMED"));
        assertTrue(TopicPattern.valid("org/jiceng/*"));
        assertFalse(TopicPattern.valid("org/jiceng/"));
        assertFalse(TopicPattern.valid("org/*/problem"));
        assertFalse(TopicPattern.valid("org jiceng"));
        assertFalse(TopicPattern.valid("org/jiceng*"));
        assertFalse(TopicPattern.valid(null));
    }
}
