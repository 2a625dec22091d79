package org.jiceng.checklist;

import java.math.BigDecimal;
import java.util.List;

/**
 * Results of one version of a criteria set under a jurisdiction, counting the latest submitted evaluation
 * of each subject.
 *
 * @param passRates the jurisdiction itself first, then each child
 * @param ranking subjects in the jurisdiction subtree by score total, highest first; ties share a rank (1, 2, 2, 4)
 */
public record ChecklistResults(String criteriaKey, int criteriaVersion, String jurisdictionCode, List<PassRate> passRates,
        List<Ranked> ranking) {

    /** @param passRate passed / evaluated with 4 decimals (0 when none were evaluated) */
    public record PassRate(String jurisdictionCode, long evaluated, long passed, BigDecimal passRate) {
    }

    public record Ranked(int rank, long evaluationId, String subjectType, String subjectId, String subjectJurisdictionCode,
            BigDecimal scoreTotal, int metCount, boolean passed, boolean crossInspection) {
    }
}
