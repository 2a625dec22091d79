package org.jiceng.orglife;

import org.jspecify.annotations.Nullable;

/**
 * One member on the roll of a held activity: present, or absent with the reason given.
 *
 * @param absenceReason required when absent (请假/缺席 reason)
 */
public record Attendance(Long memberId, boolean present, @Nullable String absenceReason) {
}
