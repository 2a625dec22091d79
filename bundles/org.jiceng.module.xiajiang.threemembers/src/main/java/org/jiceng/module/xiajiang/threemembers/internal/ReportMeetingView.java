package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.List;

/** A quarterly report meeting's record. */
public record ReportMeetingView(Long id, String jurisdictionCode, int year, int quarter, LocalDate heldOn, List<Long> attendeeDispatchIds,
        String minutes, String decisions, String recordedBy, Long version) {
}
