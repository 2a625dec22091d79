package org.jiceng.module.wugang.villageappraisal.internal;

import org.jiceng.scoring.MetricProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 集中服务日代办: the points of the matters handled on the Monday service days (capped at 20). */
@Component(service = MetricProvider.class)
public class ServiceMetric extends DossierMetric {
    static final String KEY = "wugang-vca-service";

    @Activate
    public ServiceMetric(@Reference Dossier dossier) {
        super(dossier);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    double value(long cadreId) {
        return dossier.sum(cadreId, RecordCategory.SERVICE);
    }
}
