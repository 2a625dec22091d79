package org.jiceng.problem;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem found against a subject (e.g. {@code ORGANIZATION/123} or {@code JURISDICTION/130531101201}).
 *
 * @param overdue deadline passed and not rectified (computed each time)
 * @param verifiedByFinder whether the verifier was the finding side ({@code verifiedBy} equals {@code foundBy})
 * @param history every step, oldest first (on input: ignored)
 * @param accountability linked accountability actions (on input: ignored)
 */
public record Problem(Long id, ProblemSource source, String subjectType, String subjectId, String jurisdictionCode, String category,
        ProblemSeverity severity, String description, String foundBy, LocalDate foundOn, LocalDate deadline, ProblemStatus status,
        boolean overdue, String plan, String responsible, String completion, LocalDate rectifiedOn, String verifiedBy,
        Boolean verifiedByFinder, LocalDate verifiedOn, int reopenCount, List<ProblemHistoryEntry> history,
        List<AccountabilityAction> accountability, Long version) {
}
