package org.jiceng.core.health.internal;

/** One check's answer: ready, or the reason it is not. */
record CheckResult(String name, String reason) {
    boolean ready() {
        return reason == null;
    }
}
