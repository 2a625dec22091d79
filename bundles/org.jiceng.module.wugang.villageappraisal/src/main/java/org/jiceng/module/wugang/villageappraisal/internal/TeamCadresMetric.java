package org.jiceng.module.wugang.villageappraisal.internal;

import java.util.List;

import org.jiceng.scoring.MetricProvider;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.SubjectKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The team's first indicator (班子成员考核): the average of its cadres' totals of the same year, as
 * computed just before the teams (the subject is the village's code).
 */
@Component(service = MetricProvider.class)
public class TeamCadresMetric implements MetricProvider {
    static final String KEY = "wugang-vca-team-cadres";

    private final Store store;

    @Activate
    public TeamCadresMetric(@Reference Store store) {
        this.store = store;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public SubjectKind subjectKind() {
        return SubjectKind.JURISDICTION;
    }

    @Override
    public double value(String villageCode, PeriodKind periodKind, String period) {
        if (periodKind != PeriodKind.YEAR || !PeriodKind.YEAR.isValid(period)) {
            return 0;
        }
        List<Double> totals = store.tx().read(em -> em
                .createQuery("SELECT c.total FROM CadreEntity c WHERE c.villageCode = :v AND c.year = :y AND c.total IS NOT NULL", Double.class)
                .setParameter("v", villageCode).setParameter("y", Integer.parseInt(period)).getResultList());
        return AppraisalRules.average(totals);
    }
}
