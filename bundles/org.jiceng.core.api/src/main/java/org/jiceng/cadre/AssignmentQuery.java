package org.jiceng.cadre;

import java.time.LocalDate;

/** Filters for assignments; null means any. {@code activeOn} keeps those whose period covers the date. */
public record AssignmentQuery(String jurisdictionCode, Long memberId, String role, TargetType targetType, String target,
        AssignmentStatus status, String module, LocalDate activeOn) {
}
