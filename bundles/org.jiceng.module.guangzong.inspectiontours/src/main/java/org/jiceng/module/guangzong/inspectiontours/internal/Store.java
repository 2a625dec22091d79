package org.jiceng.module.guangzong.inspectiontours.internal;

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
    public static final String MODULE_ID = "guangzong-inspection-tours";
    /** The county whose system this is (广宗县). */
    public static final String COUNTY = "130531";

    private final Clock clock;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("inspectors", InspectorEntity.class, "Inspector", i -> i.jurisdictionCode);
        addresses("rounds", RoundEntity.class, "Inspection round", r -> r.jurisdictionCode);
        addresses("visits", VisitEntity.class, "Visit", v -> v.jurisdictionCode);
        addresses("findings", FindingEntity.class, "Finding", f -> f.jurisdictionCode);
        this.clock = Clock.systemDefaultZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
