package org.jiceng.module.wugang.goodcadres.internal;

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
    public static final String MODULE_ID = "wugang-good-cadres";
    /** The county whose rules these are (武冈市). */
    public static final String COUNTY = "430581";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("campaigns", CampaignEntity.class, "Campaign", r -> r.jurisdictionCode);
        addresses("nominations", NominationEntity.class, "Nomination", r -> r.jurisdictionCode);
        addresses("objections", ObjectionEntity.class, "Objection", r -> r.jurisdictionCode);
    }
}
