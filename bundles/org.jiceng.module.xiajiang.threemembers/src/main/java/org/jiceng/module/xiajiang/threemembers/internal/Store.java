package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.persistence.EntityManagerFactory;

import org.jiceng.common.ValidationException;
import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's store (its unit migrated on activation, from the core's module kit) and the county's fixed facts every service shares. */
@Component(service = {Store.class, AddressedRecords.class})
public class Store extends ModuleStore {
    public static final String MODULE_ID = "xiajiang-three-members";
    public static final String PID = "org.jiceng.module.xiajiang.threemembers";
    /** Who dispatches and assesses in 峡江: the county Party-building leading group's office. */
    static final String COUNTY_OFFICE = "中共峡江县委党建工作领导小组办公室";

    final OrganizationService organizations;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, @Reference OrganizationService organizations, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("targets", TargetEntity.class, "Target", r -> r.jurisdictionCode);
        addresses("dispatches", DispatchEntity.class, "Dispatch", r -> r.jurisdictionCode);
        addresses("appointment-letters", DispatchEntity.class, "Dispatch", r -> r.jurisdictionCode);
        addresses("candidates", CandidateEntity.class, "Candidate", r -> r.jurisdictionCode);
        this.organizations = organizations;
    }

    /** An organization of the subtree; one elsewhere is reported exactly like a missing one. */
    PartyOrganization organizationIn(String code, Long organizationId, String field) {
        if (organizationId == null) {
            throw new ValidationException(field, "is required");
        }
        return organizations.getWithin(organizationId, code);
    }

    static int year(Integer year, String field) {
        if (year == null) {
            throw new ValidationException(field, "is required");
        }
        if (year < 2000 || year > 2100) {
            throw new ValidationException(field, "must be a year between 2000 and 2100");
        }
        return year;
    }

    static int yearOrCurrent(Integer year) {
        return year == null ? LocalDate.now().getYear() : year(year, "year");
    }
}
