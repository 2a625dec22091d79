package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.YearMonth;

import org.jiceng.scoring.MetricProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Working days in the village (在村工作天数). */
@Component(service = MetricProvider.class)
public class DaysInVillageMetric extends SecretaryMetric {
    static final String KEY = "wugang-fs-days-in-village";

    private final Presence presence;

    @Activate
    public DaysInVillageMetric(@Reference Presence presence) {
        this.presence = presence;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    double value(long assignmentId, YearMonth month) {
        return presence.count(assignmentId, month, false);
    }
}
