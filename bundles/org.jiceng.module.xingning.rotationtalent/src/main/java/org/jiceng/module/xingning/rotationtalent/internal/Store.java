package org.jiceng.module.xingning.rotationtalent.internal;

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
    public static final String MODULE_ID = "xingning-rotation-and-talent";
    /** The county whose rules these are (兴宁市). */
    public static final String COUNTY = "441481";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("plans", PlanEntity.class, "Rotation plan", p -> p.jurisdictionCode);
        addresses("moves", MoveEntity.class, "Move", m -> m.jurisdictionCode);
        addresses("talents", TalentEntity.class, "Talent", t -> t.jurisdictionCode);
        addresses("posts", PostEntity.class, "Needed post", p -> p.jurisdictionCode);
    }

    /**
     * The township a jurisdiction lies in (its 9-digit code), or the code itself above the
     * townships: the city's own units (市直) are counted on the city's row.
     */
    static String townOf(String code) {
        return code.length() > 9 ? code.substring(0, 9) : code;
    }
}
