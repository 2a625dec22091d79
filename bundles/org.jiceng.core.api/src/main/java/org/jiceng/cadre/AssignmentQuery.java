package org.jiceng.cadre;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters for assignments; null means any. {@code activeOn} keeps those whose period covers the date. */
public record AssignmentQuery(@Nullable String jurisdictionCode, @Nullable Long memberId, @Nullable String role, @Nullable TargetType targetType,
        @Nullable String target,
        @Nullable AssignmentStatus status, @Nullable String module, @Nullable LocalDate activeOn) {
}
