package org.jiceng.module.xingning.leaderlinkage.internal;

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
    public static final String MODULE_ID = "xingning-leader-linkage";
    /** The city whose rules these are (兴宁市, a county-level city). */
    public static final String CITY = "441481";

    private final Clock clock;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("leaders", LeaderEntity.class, "Leader", l -> l.countyCode);
        addresses("poor-villages", PoorVillageEntity.class, "Poor village", p -> p.villageCode);
        addresses("links", LinkEntity.class, "Link", l -> l.jurisdictionCode);
        addresses("items", ItemEntity.class, "Item", i -> i.jurisdictionCode);
        addresses("checks", CheckEntity.class, "Check", c -> c.jurisdictionCode);
        this.clock = Clock.systemDefaultZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The county written at: the leaders, their links and the poor-village list are the city committee's (市委). */
    String countyWriting(String code) {
        return requireCounty(code, LinkageRules.RULE_KEPT_BY_COUNTY, "The leaders' linkage");
    }
}
