package org.jiceng.module.wugang.villageappraisal.internal;

import org.jiceng.scoring.MetricProvider;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.SubjectKind;

/**
 * A cadre indicator the scoring engine computes from the dossier: the subject is a cadre's
 * appraisal of one year (this module's id for one member in one year), the period that year.
 */
abstract class DossierMetric implements MetricProvider {
    final Dossier dossier;

    DossierMetric(Dossier dossier) {
        this.dossier = dossier;
    }

    @Override
    public SubjectKind subjectKind() {
        return SubjectKind.PERSON;
    }

    @Override
    public double value(String subjectId, PeriodKind periodKind, String period) {
        if (periodKind != PeriodKind.YEAR) {
            return 0; // the appraisal is yearly; other schemes get nothing from the dossier
        }
        try {
            return value(Long.parseLong(subjectId));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    abstract double value(long cadreId);
}
