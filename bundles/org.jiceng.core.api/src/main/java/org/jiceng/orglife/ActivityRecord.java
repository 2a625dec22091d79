package org.jiceng.orglife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is recorded when a planned activity has been held (纪实): date, minutes, the roll. Every
 * component is null when a request leaves it out; the service refuses what it needs.
 *
 * @param version the version of the activity as read; a stale version is refused
 */
public record ActivityRecord(@Nullable LocalDate heldDate, @Nullable String minutes, @Nullable List<Attendance> attendance,
        @Nullable Long version) {

    public ActivityRecord {
        // a JSON roll may hold a null entry, which the service refuses: List.copyOf would throw first
        attendance = attendance == null ? null : Collections.unmodifiableList(new ArrayList<>(attendance));
    }
}
