package org.jiceng.module.wugang.villageappraisal.internal;

import javax.persistence.EntityManagerFactory;

import org.jiceng.common.RuleViolationException;
import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's store (its unit migrated on activation, from the core's module kit), the places it works in, and the names every service shares. */
@Component(service = {Store.class, AddressedRecords.class})
public class Store extends ModuleStore {
    public static final String MODULE_ID = "wugang-village-cadre-appraisal";
    public static final String PID = "org.jiceng.module.wugang.villageappraisal";
    /** The county whose rules these are (武冈市). */
    public static final String COUNTY = "430581";
    static final String RULE_BY_COUNTY = "appraisal-by-county";

    /** Township of a village: the tree does not change under a running module often enough to matter, and a year's results ask for hundreds. */

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("cadres", CadreEntity.class, "Village cadre appraisal", r -> r.villageCode);
        addresses("records", RecordEntity.class, "Dossier record", r -> r.villageCode);
    }

    Jurisdiction jurisdiction(String code) {
        return jurisdictions().get(code);
    }

    /** The township above a village: the group cadres and teams are ranked in; a place above townships is its own group. */
    String township(String code) {
        String township = townshipOf(code);
        return township == null ? code : township;
    }

    /** The county itself; computing, approving and paying a year are the county's acts, for all its townships at once. */
    String requireCounty(String code, String act) {
        String county = countyOf(code);
        if (!county.equals(code)) {
            throw new RuleViolationException(RULE_BY_COUNTY, act + " is done by the county (" + county + ") for all its villages at once");
        }
        return county;
    }
}
