package org.jiceng.problem;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An accountability action taken over a problem, aimed at a member, an organization or both. */
public record AccountabilityAction(@Nullable Long id, Long problemId, AccountabilityType type, @Nullable Long targetMemberId,
        @Nullable Long targetOrganizationId,
        LocalDate date, String decidedBy, @Nullable String note) {
}
