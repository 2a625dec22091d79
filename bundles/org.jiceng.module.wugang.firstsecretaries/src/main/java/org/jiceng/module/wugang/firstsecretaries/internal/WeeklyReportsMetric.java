package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.YearMonth;

import org.jiceng.scoring.MetricProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Weekly reports submitted on time for the weeks beginning in the month. */
@Component(service = MetricProvider.class)
public class WeeklyReportsMetric extends SecretaryMetric {
    static final String KEY = "wugang-fs-weekly-reports-on-time";

    private final Reports reports;

    @Activate
    public WeeklyReportsMetric(@Reference Reports reports) {
        this.reports = reports;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    double value(long assignmentId, YearMonth month) {
        return reports.onTime(assignmentId, month);
    }
}
