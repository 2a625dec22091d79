package org.jiceng.orglife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What is recorded when a planned activity has been held (纪实): date, minutes, the roll, all
 * required with the version read (a request without them is refused).
 *
 * @param version the version of the activity as read; a stale version is refused
 */
public record ActivityRecord(LocalDate heldDate, String minutes, List<Attendance> attendance, Long version) {

    public ActivityRecord {
        // a request may leave the roll out or hold a null entry, both refused by the service: List.copyOf would throw first
        attendance = attendance == null ? null : Collections.unmodifiableList(new ArrayList<>(attendance));
    }
}
