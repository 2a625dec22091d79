package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The villages of a scope with their current term, taken from the registry (the village Party
 * organization's term), and how far each one's 123 stands: what the vacancies, the figures and
 * the inbox are made of.
 */
@Component(service = Villages.class)
public class Villages {
    private final Store store;
    private final OrganizationService organizations;

    @Activate
    public Villages(@Reference Store store, @Reference OrganizationService organizations) {
        this.store = store;
        this.organizations = organizations;
    }

    /** A village or community of the subtree; one outside it (or unknown) is 404, another level 400 on {@code field}. */
    Jurisdiction village(String code, String villageCode, String field) {
        Jurisdiction j = store.jurisdictions().find(villageCode).orElseThrow(() -> new NotFoundException("Jurisdiction", villageCode));
        if (!store.within(j.code(), code)) {
            throw new NotFoundException("Jurisdiction " + villageCode + " not found in jurisdiction '" + code + "'");
        }
        if (j.level() != JurisdictionLevel.VILLAGE) {
            throw new ValidationException(field, villageCode + " is not a village or community");
        }
        return j;
    }

    /** The village's Party organization with a current term; 422 {@code village-term-unknown} without one. */
    PartyOrganization termOf(Jurisdiction village) {
        PartyOrganization o = branches(village.code()).get(village.code());
        if (o == null || o.termStart() == null) {
            throw new RuleViolationException(ReserveRules.RULE_TERM_UNKNOWN,
                    "Village " + village.code() + " has no Party organization with a current term in the registry: the 123 is kept per term");
        }
        return o;
    }

    /** The Party organization of each village of the scope (the first one registered where a village has two). */
    Map<String, PartyOrganization> branches(String code) {
        Map<String, PartyOrganization> byVillage = new HashMap<>();
        Pages.each("id", OrganizationService.SORTABLE, p -> organizations.find(OrganizationQuery.inJurisdiction(code), p), o -> {
            if (o.jurisdictionCode().length() == 12) {
                byVillage.putIfAbsent(o.jurisdictionCode(), o);
            }
        });
        return byVillage;
    }

    /** Every village of the scope, in code order, with its 123 for the current term. */
    List<VillageSlots> slots(String code) {
        List<Jurisdiction> villages = store.jurisdictions().subtreeList(code, JurisdictionLevel.VILLAGE);
        Map<String, PartyOrganization> branches = branches(code);
        Map<String, Map<ReserveRole, Integer>> counted = countCurrentTerms(villages, branches);
        Map<String, String> townNames = new HashMap<>();
        List<VillageSlots> result = new ArrayList<>();
        for (Jurisdiction v : villages) {
            VillageSlots s = new VillageSlots();
            s.villageCode = v.code();
            s.villageName = v.name();
            s.townCode = v.parentCode();
            s.townName = v.parentCode() == null
                    ? null
                    : townNames.computeIfAbsent(v.parentCode(), t -> store.nameOf(t));
            PartyOrganization o = branches.get(v.code());
            Map<ReserveRole, Integer> c = counted.getOrDefault(v.code(), Map.of());
            if (o != null && o.termStart() != null) {
                s.organizationId = o.id();
                s.termStart = o.termStart();
                s.termEnd = o.termEnd();
                s.dueOn = ReserveRules.dueOn(o.termStart());
            }
            s.secretaryReserves = c.getOrDefault(ReserveRole.SECRETARY_RESERVE, 0);
            s.committeeReserves = c.getOrDefault(ReserveRole.COMMITTEE_RESERVE, 0);
            s.activists = c.getOrDefault(ReserveRole.ACTIVIST, 0);
            s.missingSecretaryReserves = ReserveRules.missing(ReserveRole.SECRETARY_RESERVE, s.secretaryReserves);
            s.missingCommitteeReserves = ReserveRules.missing(ReserveRole.COMMITTEE_RESERVE, s.committeeReserves);
            s.missingActivists = ReserveRules.missing(ReserveRole.ACTIVIST, s.activists);
            s.complete = s.termStart != null && s.missingSecretaryReserves + s.missingCommitteeReserves + s.missingActivists == 0;
            result.add(s);
        }
        return result;
    }

    /** Reserves counted against each village's current term (in training or used; a dropped one frees its place), per role. */
    private Map<String, Map<ReserveRole, Integer>> countCurrentTerms(List<Jurisdiction> villages, Map<String, PartyOrganization> branches) {
        Map<String, Map<ReserveRole, Integer>> result = new HashMap<>();
        List<String> codes = villages.stream().map(Jurisdiction::code).toList();
        store.tx().read(em -> {
            for (int i = 0; i < codes.size(); i += 500) {
                List<Object[]> rows = em.createQuery("SELECT r.jurisdictionCode, r.termStart, r.role, COUNT(r) FROM ReserveEntity r "
                        + "WHERE r.jurisdictionCode IN :codes AND r.status <> :dropped GROUP BY r.jurisdictionCode, r.termStart, r.role",
                        Object[].class)
                        .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).setParameter("dropped", ReserveStatus.DROPPED)
                        .getResultList();
                for (Object[] row : rows) {
                    PartyOrganization o = branches.get((String) row[0]);
                    if (o != null && row[1].equals(o.termStart())) {
                        result.computeIfAbsent((String) row[0], k -> new EnumMap<>(ReserveRole.class)).put((ReserveRole) row[2],
                                ((Number) row[3]).intValue());
                    }
                }
            }
            return null;
        });
        return result;
    }

    /** The villages of the scope whose 123 is incomplete for the current term. */
    List<VillageSlots> vacancies(String code, String town) {
        String scope = code;
        if (town != null && !town.isBlank()) {
            scope = store.jurisdictions().find(town).filter(t -> store.within(t.code(), code)).map(Jurisdiction::code)
                    .orElseThrow(() -> new NotFoundException("Jurisdiction " + town + " not found in jurisdiction '" + code + "'"));
        }
        return slots(scope).stream().filter(s -> !s.complete).toList();
    }

    /** True when the village's 123 is overdue on {@code today}. */
    static boolean overdue(VillageSlots s, LocalDate today) {
        return s.dueOn != null && s.dueOn.isBefore(today);
    }
}
