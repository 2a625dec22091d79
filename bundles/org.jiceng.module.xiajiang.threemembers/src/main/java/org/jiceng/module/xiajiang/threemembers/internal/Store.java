package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManagerFactory;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.jiceng.security.CallerContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's persistence unit (migrated on activation) and the scoping helpers every service shares. */
@Component(service = Store.class)
public class Store {
    public static final String MODULE_ID = "xiajiang-three-members";
    public static final String PID = "org.jiceng.module.xiajiang.threemembers";
    /** Who dispatches and assesses in 峡江: the county Party-building leading group's office. */
    static final String COUNTY_OFFICE = "中共峡江县委党建工作领导小组办公室";

    final Transactions tx;
    final JurisdictionService jurisdictions;
    final OrganizationService organizations;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, @Reference OrganizationService organizations, BundleContext context) {
        migrator.migrate(context.getBundle(), MODULE_ID);
        this.tx = new Transactions(emf);
        this.jurisdictions = jurisdictions;
        this.organizations = organizations;
    }

    /** The authenticated caller's account name, recorded as who did something. */
    static String caller() {
        return CallerContext.current().username();
    }

    /** Every jurisdiction code of the subtree, the root included (404 for an unknown root). */
    List<String> subtreeCodes(String code) {
        jurisdictions.get(code);
        List<String> codes = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<Jurisdiction> p = jurisdictions.subtree(code, null, PageRequest.of(page, PageRequest.MAX_SIZE, null, JurisdictionService.SORTABLE));
            p.getItems().forEach(j -> codes.add(j.getCode()));
            if (page + 1 >= p.getTotalPages()) {
                return codes;
            }
        }
    }

    boolean within(String recordCode, String scope) {
        return jurisdictions.isWithin(recordCode, scope);
    }

    /** An organization of the subtree; one elsewhere is reported exactly like a missing one. */
    PartyOrganization organizationIn(String code, Long organizationId, String field) {
        if (organizationId == null) {
            throw new ValidationException(field, "is required");
        }
        try {
            PartyOrganization o = organizations.get(organizationId);
            if (jurisdictions.isWithin(o.getJurisdictionCode(), code)) {
                return o;
            }
        } catch (NotFoundException e) {
            // reported below, with the jurisdiction
        }
        throw new NotFoundException("Organization " + organizationId + " not found in jurisdiction '" + code + "'");
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
