package org.jiceng.module.guangzong.dailyevaluation.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's store (its unit migrated on activation, from the core's module kit) and the names every service shares. */
@Component(service = {Store.class, AddressedRecords.class})
public class Store extends ModuleStore {
    public static final String MODULE_ID = "guangzong-daily-evaluation";
    /** The county whose system this is (广宗县). */
    public static final String COUNTY = "130531";
    /** Opening a year, registering pilot townships and closing the year are the county's acts. */
    static final String RULE_BY_COUNTY = "evaluation-by-county";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("townships", TownshipEntity.class, "Pilot township evaluation", t -> t.townshipCode);
        addresses("members", EvaluatedEntity.class, "Evaluated member", m -> m.jurisdictionCode);
        addresses("entries", EntryEntity.class, "Score entry", e -> e.jurisdictionCode);
    }

    /** The county of {@code code} when it is one, else 422 {@value #RULE_BY_COUNTY}. */
    String requireCounty(String code, String what) {
        return requireCounty(code, RULE_BY_COUNTY, what);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
