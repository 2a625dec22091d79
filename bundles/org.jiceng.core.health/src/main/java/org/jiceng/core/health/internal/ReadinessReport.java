package org.jiceng.core.health.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Every check's answer at one moment. */
record ReadinessReport(List<CheckResult> checks) {
    boolean ready() {
        return checks.stream().allMatch(CheckResult::ready);
    }

    /** "name: reason; name: reason" of the checks that are not ready. */
    String summary() {
        return checks.stream().filter(c -> !c.ready()).map(c -> c.name() + ": " + c.reason()).collect(Collectors.joining("; "));
    }

    /** The JSON object of {@code checks}: [{"name":…,"ready":…,"reason":…}]. */
    String checksJson() {
        StringBuilder json = new StringBuilder("[");
        for (CheckResult c : checks) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"name\":").append(Json.string(c.name())).append(",\"ready\":").append(c.ready());
            if (!c.ready()) {
                json.append(",\"reason\":").append(Json.string(c.reason()));
            }
            json.append('}');
        }
        return json.append(']').toString();
    }
}
