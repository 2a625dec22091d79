package org.jiceng.module.wugang.standingdelegates.internal;

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
    public static final String MODULE_ID = "wugang-standing-delegates";
    /** The county whose rules these are (武冈市). */
    public static final String COUNTY = "430581";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("studios", StudioEntity.class, "Studio", r -> r.jurisdictionCode);
        addresses("delegates", DelegateEntity.class, "Delegate", r -> r.jurisdictionCode);
        addresses("inquiries", InquiryEntity.class, "Inquiry", r -> r.jurisdictionCode);
        addresses("duties", DutyEntity.class, "Duty", r -> r.jurisdictionCode);
        addresses("proposals", ProposalEntity.class, "Proposal", r -> r.jurisdictionCode);
    }
}
