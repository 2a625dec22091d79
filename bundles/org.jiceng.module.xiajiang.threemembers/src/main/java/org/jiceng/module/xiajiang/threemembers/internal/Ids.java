package org.jiceng.module.xiajiang.threemembers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Short lists of record ids kept in one column (attendees of a meeting, dispatches overseen). */
final class Ids {
    private Ids() {
    }

    static String join(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> parse(String text) {
        List<Long> ids = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                ids.add(Long.parseLong(part.trim()));
            }
        }
        return ids;
    }
}
