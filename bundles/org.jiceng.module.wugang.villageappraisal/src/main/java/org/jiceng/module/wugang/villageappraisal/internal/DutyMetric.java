package org.jiceng.module.wugang.villageappraisal.internal;

import org.jiceng.scoring.MetricProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 履职尽责: the points of the year's work records (the engine caps them at the indicator's 30). */
@Component(service = MetricProvider.class)
public class DutyMetric extends DossierMetric {
    static final String KEY = "wugang-vca-duty";

    @Activate
    public DutyMetric(@Reference Dossier dossier) {
        super(dossier);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    double value(long cadreId) {
        return dossier.sum(cadreId, RecordCategory.DUTY);
    }
}
