package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.CadreService;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.ValidationException;
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
    public static final String MODULE_ID = "wugang-first-secretaries";
    public static final String PID = "org.jiceng.module.wugang.firstsecretaries";
    /** The role of the core's assignments this module works on. */
    public static final String ROLE = "first-secretary";
    /** The county whose rules these are (武冈市). */
    public static final String COUNTY = "430581";

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, @Reference CadreService cadres, BundleContext context) {
        super(context.getBundle(), emf, migrator, jurisdictions);
        // the records its paths address by id: the core checks them against the path's jurisdiction first
        addresses("eliminations", EliminationEntity.class, "Elimination", r -> r.jurisdictionCode);
        addresses("presence", PresenceEntity.class, "Presence", r -> r.jurisdictionCode);
        addresses("weekly-reports", WeeklyReportEntity.class, "Weekly report", r -> r.jurisdictionCode);
        addresses("secretaries", "First secretary", id -> firstSecretaryAt(cadres, id));
    }

    /** Where the core's assignment {@code id} serves, if it is a first secretary's. */
    private static Optional<String> firstSecretaryAt(CadreService cadres, long id) {
        try {
            Assignment a = cadres.getAssignment(id);
            return ROLE.equals(a.role()) ? Optional.of(a.jurisdictionCode()) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A month parameter {@code 2026-11}; 400 naming the field otherwise. */
    static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required, e.g. 2026-11");
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a month like 2026-11");
        }
    }
}
