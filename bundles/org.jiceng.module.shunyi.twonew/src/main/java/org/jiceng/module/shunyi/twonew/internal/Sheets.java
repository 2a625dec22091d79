package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ledger (两新组织工作汇总台账): a sheet per unit, kept up to date (台账更新) as units gain members
 * and organizations, and closed when a unit is deregistered.
 */
@Component(service = Sheets.class)
public class Sheets {
    static final Set<String> SORTABLE = Set.of("id", "name", "employees", "partyMembers", "updatedOn", "jurisdictionCode");
    private static final Map<String, String> SORT = Map.of("id", "s.id", "name", "s.name", "employees", "s.employees", "partyMembers",
            "s.partyMembers", "updatedOn", "s.updatedOn", "jurisdictionCode", "s.jurisdictionCode");

    private final Store store;
    private final OrganizationService organizations;

    @Activate
    public Sheets(@Reference Store store, @Reference OrganizationService organizations) {
        this.store = store;
        this.organizations = organizations;
    }

    /** Body of POST /sheets and PUT /sheets/{id} (kind only on POST, version only on PUT). */
    public static class SheetInput {
        public UnitKind kind;
        public String name;
        public String creditCode;
        public String jurisdictionCode;
        public String category;
        public Integer employees;
        public Integer partyMembers;
        public Coverage coverage;
        /** The core's Party organization covering the unit: its own, or a joint branch. */
        public Long organizationId;
        public String instructor;
        public String contactName;
        public String contactPhone;
        public Long version;
    }

    /** Body of PUT /sheets/{id}/closure. */
    public static class Closure {
        public LocalDate closedOn;
        public String reason;
        public Long version;
    }

    public SheetView create(String code, SheetInput in) {
        new Validator().require("kind", in.kind).throwIfInvalid();
        validate(in);
        String creditCode = SheetRules.creditCode(in.creditCode);
        String township = township(code, in.jurisdictionCode);
        PartyOrganization organization = organization(code, in);
        SheetRules.requireFits(in.kind, in.coverage, in.partyMembers, organization);
        return store.tx().write(em -> {
            requireUniqueCode(em, creditCode, null);
            SheetEntity s = new SheetEntity();
            s.kind = in.kind;
            s.creditCode = creditCode;
            apply(em, s, in, township, organization);
            em.persist(s);
            return s;
        }).toView(false);
    }

    /** Brings a sheet up to date (台账更新), at the version the caller read. */
    public SheetView update(String code, long id, SheetInput in) {
        long expected = Validator.requiredVersion(in.version);
        validate(in);
        String creditCode = SheetRules.creditCode(in.creditCode);
        String township = township(code, in.jurisdictionCode);
        PartyOrganization organization = organization(code, in);
        return store.tx().write(em -> {
            SheetEntity s = load(em, code, id);
            ConflictException.requireVersion("Ledger sheet", id, s.version, expected);
            SheetRules.requireOpen(id, s.closedOn);
            if (in.kind != null && in.kind != s.kind) {
                throw new ValidationException("kind", "is " + s.kind + " and does not change");
            }
            SheetRules.requireFits(s.kind, in.coverage, in.partyMembers, organization);
            requireUniqueCode(em, creditCode, id);
            s.creditCode = creditCode;
            apply(em, s, in, township, organization);
            return s;
        }).toView(false);
    }

    /** Closes the sheet of a unit deregistered or dissolved: kept in the ledger, counted no more. */
    public SheetView close(String code, long id, Closure in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("closedOn", in.closedOn).require("reason", in.reason).maxLength("reason", in.reason, 500)
                .check(in.closedOn == null || !in.closedOn.isAfter(today), "closedOn", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            SheetEntity s = load(em, code, id);
            ConflictException.requireVersion("Ledger sheet", id, s.version, expected);
            SheetRules.requireOpen(id, s.closedOn);
            s.closedOn = in.closedOn;
            s.closedReason = in.reason.trim();
            s.updatedOn = today;
            s.updatedBy = Store.caller();
            return s;
        }).toView(false);
    }

    /** One sheet in full (the contact unmasked). */
    public SheetView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView(false));
    }

    /**
     * Sheets of the subtree, contacts masked; filters by kind, township, coverage, {@code state}
     * ({@code open}, the default, or {@code closed} or {@code all}) and a part of the name.
     */
    public Page<SheetView> list(String code, UnitKind kind, String township, Coverage coverage, String state, String name, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("SheetEntity", "s").where("s.jurisdictionCode IN :codes", "codes", codes)
                    .where("s.kind = :kind", "kind", kind).where("s.townshipCode = :township", "township", township)
                    .where("s.coverage = :coverage", "coverage", coverage).contains("s.name", "name", name);
            switch (state == null || state.isBlank() ? "open" : state.trim()) {
                case "open" -> q.where("s.closedOn IS NULL");
                case "closed" -> q.where("s.closedOn IS NOT NULL");
                case "all" -> {
                }
                default -> throw new ValidationException("state", "must be open, closed or all");
            }
            Page<SheetEntity> rows = q.page(em, SheetEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(s -> s.toView(true)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The open sheets of the subtree (figures, the exported ledger), contacts masked, in township and name order. */
    List<SheetView> open(String code, UnitKind kind) {
        return Pages.all("jurisdictionCode,name,id", SORTABLE, page -> list(code, kind, null, null, "open", null, page));
    }

    /** Whether a sheet with this credit code is in the ledger (demo data resumes with it). */
    boolean registered(String creditCode) {
        return store.tx().read(em -> !em.createQuery("SELECT s.id FROM SheetEntity s WHERE s.creditCode = :c", Long.class)
                .setParameter("c", creditCode).setMaxResults(1).getResultList().isEmpty());
    }

    private static void validate(SheetInput in) {
        new Validator().require("name", in.name).maxLength("name", in.name, 200).require("creditCode", in.creditCode)
                .require("jurisdictionCode", in.jurisdictionCode).maxLength("category", in.category, 50).require("employees", in.employees)
                .range("employees", in.employees, 0, 1_000_000).require("partyMembers", in.partyMembers)
                .range("partyMembers", in.partyMembers, 0, 1_000_000).require("coverage", in.coverage)
                .check(in.employees == null || in.partyMembers == null || in.partyMembers <= in.employees, "partyMembers",
                        "must not exceed employees (members working there)")
                .maxLength("instructor", in.instructor, 50).maxLength("contactName", in.contactName, 50)
                .maxLength("contactPhone", in.contactPhone, 30).throwIfInvalid();
    }

    private void apply(EntityManager em, SheetEntity s, SheetInput in, String township, PartyOrganization organization) {
        if (organization != null) {
            long self = s.id == null ? -1L : s.id; // a new sheet is none of the others
            boolean ownOfAnother = !em.createQuery("SELECT s.id FROM SheetEntity s WHERE s.organizationId = :o AND s.coverage = :own"
                    + " AND s.closedOn IS NULL AND s.id <> :id", Long.class).setParameter("o", organization.id())
                    .setParameter("own", Coverage.OWN).setParameter("id", self).setMaxResults(1).getResultList().isEmpty();
            long others = em.createQuery("SELECT COUNT(s) FROM SheetEntity s WHERE s.organizationId = :o AND s.closedOn IS NULL"
                    + " AND s.id <> :id", Long.class).setParameter("o", organization.id()).setParameter("id", self)
                    .getSingleResult();
            SheetRules.requireOwnAlone(in.coverage, organization.id(), others, ownOfAnother);
        }
        s.name = in.name.trim();
        s.jurisdictionCode = in.jurisdictionCode.trim();
        s.townshipCode = township;
        s.category = blankToNull(in.category);
        s.employees = in.employees;
        s.partyMembers = in.partyMembers;
        s.coverage = in.coverage;
        s.organizationId = organization == null ? null : organization.id();
        s.organizationName = organization == null ? null : organization.name();
        s.instructor = blankToNull(in.instructor);
        s.contactName = blankToNull(in.contactName);
        s.contactPhone = blankToNull(in.contactPhone);
        s.updatedOn = store.today();
        s.updatedBy = Store.caller();
    }

    private static void requireUniqueCode(EntityManager em, String creditCode, Long self) {
        List<Long> same = em.createQuery("SELECT s.id FROM SheetEntity s WHERE s.creditCode = :c", Long.class).setParameter("c", creditCode)
                .getResultList();
        for (Long other : same) {
            if (!other.equals(self)) {
                throw new RuleViolationException(SheetRules.RULE_CREDIT_CODE_TAKEN, "Credit code " + creditCode + " is ledger sheet " + other
                        + "'s: a unit has one sheet");
            }
        }
    }

    /** The township (镇、街道) a unit registered at {@code jurisdictionCode} belongs to; the place must lie in the path's subtree. */
    private String township(String code, String jurisdictionCode) {
        String place = jurisdictionCode.trim();
        if (!store.within(place, code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        Jurisdiction j = store.jurisdictions().find(place)
                .orElseThrow(() -> new ValidationException("jurisdictionCode", "unknown jurisdiction " + place));
        if (j.level() == JurisdictionLevel.TOWNSHIP) {
            return j.code();
        }
        return store.jurisdictions().ancestorAt(place, JurisdictionLevel.TOWNSHIP).map(Jurisdiction::code)
                .orElseThrow(() -> new ValidationException("jurisdictionCode", "must be a township (镇、街道) or a village below one"));
    }

    private PartyOrganization organization(String code, SheetInput in) {
        return in.organizationId == null ? null : organizations.getWithin(in.organizationId, code);
    }

    private SheetEntity load(EntityManager em, String code, long id) {
        return store.find(em, SheetEntity.class, id, "Ledger sheet", code, s -> s.jurisdictionCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
