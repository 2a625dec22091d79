package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.YearMonth;

import org.jiceng.scoring.MetricProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Nights stayed in the village (在村住宿夜数). */
@Component(service = MetricProvider.class)
public class NightsInVillageMetric extends SecretaryMetric {
    static final String KEY = "wugang-fs-nights-in-village";

    private final Presence presence;

    @Activate
    public NightsInVillageMetric(@Reference Presence presence) {
        this.presence = presence;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    double value(long assignmentId, YearMonth month) {
        return presence.count(assignmentId, month, true);
    }
}
