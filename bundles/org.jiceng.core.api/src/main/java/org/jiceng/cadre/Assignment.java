package org.jiceng.cadre;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person sent to a target in a role for a period by a dispatching body — first secretary to a
 * village, commissioner to a weak branch, supervisor to a sector domain, a leader linked to a
 * town. {@code role} is the module's vocabulary (e.g. {@code first-secretary}); {@code jurisdictionCode}
 * places the assignment in the tree for scoped queries; {@code module} names the module that owns
 * it, null for the core.
 */
public record Assignment(@Nullable Long id, Long memberId, TargetType targetType, String target, String role, String jurisdictionCode,
        LocalDate startDate, @Nullable LocalDate endDate, String dispatchingBody, AssignmentStatus status, @Nullable String module,
        @Nullable String note,
        @Nullable Long version) {
}
