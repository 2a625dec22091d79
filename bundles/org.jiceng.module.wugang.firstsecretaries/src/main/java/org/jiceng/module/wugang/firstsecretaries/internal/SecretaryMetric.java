package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.YearMonth;

import org.jiceng.scoring.MetricProvider;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.SubjectKind;

/**
 * A ranking indicator the scoring engine computes from this module's records: the subject is a
 * first secretary's assignment id, the period a month.
 */
abstract class SecretaryMetric implements MetricProvider {

    @Override
    public SubjectKind subjectKind() {
        return SubjectKind.ASSIGNMENT;
    }

    @Override
    public double value(String subjectId, PeriodKind periodKind, String period) {
        if (periodKind != PeriodKind.MONTH) {
            return 0; // 武冈 ranks by month; other schemes get nothing from these
        }
        long assignmentId;
        try {
            assignmentId = Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            return 0;
        }
        return value(assignmentId, YearMonth.parse(period));
    }

    abstract double value(long assignmentId, YearMonth month);
}
