package org.jiceng.module.guangzong.villageassets.internal;

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
    public static final String MODULE_ID = "guangzong-village-assets";
    /** The county whose rules these are (广宗县). */
    public static final String COUNTY = "130531";
    /** Who signs the county's documents. */
    static final String ISSUER = "中共广宗县委组织部";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("venues", VenueEntity.class, "Venue", v -> v.villageCode);
        addresses("items", ItemEntity.class, "Item", i -> i.villageCode);
        addresses("stocktakes", StocktakeEntity.class, "Stocktake", s -> s.countyCode);
        addresses("counts", CountEntity.class, "Count", c -> c.villageCode);
        addresses("funds", FundEntity.class, "Fund", f -> f.villageCode);
        addresses("spending", SpendingEntity.class, "Spending", s -> s.villageCode);
    }
}
