package org.jiceng.module.shunyi.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;

import javax.persistence.EntityManagerFactory;

import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's store (its unit migrated on activation, from the core's module kit), its clock and the names every service shares. */
@Component(service = {Store.class, AddressedRecords.class})
public class Store extends ModuleStore {
    public static final String MODULE_ID = "shunyi-indicators";
    /** The district whose rules these are (顺义区). */
    public static final String DISTRICT = "110113";

    private final Clock clock;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("tasks", TaskEntity.class, "Indicator task", t -> t.jurisdictionCode);
        addresses("projects", ProjectEntity.class, "Folded project", p -> p.jurisdictionCode);
        addresses("milestones", MilestoneEntity.class, "Milestone", m -> m.jurisdictionCode);
        this.clock = Clock.systemDefaultZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The county written at: the plan is the county's, so it is changed there and read below it. */
    String countyWriting(String code) {
        return requireCounty(code, IndicatorRules.RULE_KEPT_BY_COUNTY, "The indicator system and the year's plan");
    }
}
