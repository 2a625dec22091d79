package org.jiceng.problem;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem found against a subject (e.g. {@code ORGANIZATION/123} or {@code JURISDICTION/130531101201}).
 *
 * @param overdue deadline passed and not rectified (computed each time)
 * @param verifiedByFinder whether the verifier was the finding side ({@code verifiedBy} equals {@code foundBy})
 * @param history every step, oldest first (on input: ignored)
 * @param accountability linked accountability actions (on input: ignored)
 */
public record Problem(@Nullable Long id, ProblemSource source, String subjectType, String subjectId, String jurisdictionCode, String category,
        ProblemSeverity severity, String description, String foundBy, LocalDate foundOn, LocalDate deadline, @Nullable ProblemStatus status,
        boolean overdue, @Nullable String plan, @Nullable String responsible, @Nullable String completion, @Nullable LocalDate rectifiedOn,
        @Nullable String verifiedBy,
        @Nullable Boolean verifiedByFinder, @Nullable LocalDate verifiedOn, int reopenCount, List<ProblemHistoryEntry> history,
        List<AccountabilityAction> accountability, @Nullable Long version) {
}
