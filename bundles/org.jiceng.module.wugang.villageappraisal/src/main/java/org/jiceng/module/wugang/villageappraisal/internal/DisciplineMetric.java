package org.jiceng.module.wugang.villageappraisal.internal;

import org.jiceng.scoring.MetricProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 纪律作风: a cadre starts the year with the indicator's full marks and each recorded breach deducts
 * its points (the engine keeps the value at zero at worst).
 */
@Component(service = MetricProvider.class)
public class DisciplineMetric extends DossierMetric {
    static final String KEY = "wugang-vca-discipline";
    static final double FULL_MARKS = 10;

    @Activate
    public DisciplineMetric(@Reference Dossier dossier) {
        super(dossier);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    double value(long cadreId) {
        return FULL_MARKS + dossier.sum(cadreId, RecordCategory.DISCIPLINE);
    }
}
