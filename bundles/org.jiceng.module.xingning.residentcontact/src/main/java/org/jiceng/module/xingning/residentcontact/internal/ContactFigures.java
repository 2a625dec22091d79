package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.Validator;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computes the figures of a subtree and year from the module's records, grouped per town in a few queries (no row is read one by one). */
@Component(service = ContactFigures.class)
public class ContactFigures {
    private final Store store;

    @Activate
    public ContactFigures(@Reference Store store) {
        this.store = store;
    }

    int year(Integer year) {
        new Validator().range("year", year, 2000, 2100).throwIfInvalid();
        return year == null ? store.today().getYear() : year;
    }

    /** The year's figures of the subtree (this year by default), per town and in all. */
    public Figures figures(String scope, Integer yearParam) {
        int year = year(yearParam);
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(scope);
        Map<String, Figures.FigureRow> towns = new LinkedHashMap<>();
        for (Jurisdiction t : store.jurisdictions().subtreeList(scope, JurisdictionLevel.TOWNSHIP)) {
            towns.put(t.code(), Figures.FigureRow.empty(t.code(), t.name()));
        }
        store.tx().snapshot(em -> {
            tally(em, codes, year, today, "townCode", code -> towns.computeIfAbsent(code,
                    c -> Figures.FigureRow.empty(c, store.nameOf(c))));
            return null;
        });
        Figures f = new Figures();
        f.jurisdictionCode = scope;
        f.year = year;
        f.asOf = today;
        f.total = Figures.FigureRow.empty(scope, store.jurisdictions().get(scope).name());
        for (Figures.FigureRow r : towns.values()) {
            r.rates();
            f.total.add(r);
            f.perTown.add(r);
        }
        f.total.rates();
        return f;
    }

    /** The year's figures of each registered village of the subtree (or with records in the year), in code order: the ledger's rows. */
    List<Figures.FigureRow> perVillage(String scope, int year) {
        LocalDate today = store.today();
        List<String> codes = store.subtreeCodes(scope);
        Map<String, Figures.FigureRow> villages = new java.util.TreeMap<>();
        store.tx().snapshot(em -> {
            tally(em, codes, year, today, "villageCode", code -> villages.computeIfAbsent(code,
                    c -> Figures.FigureRow.empty(c, store.nameOf(c))));
            return null;
        });
        villages.values().forEach(Figures.FigureRow::rates);
        return List.copyOf(villages.values());
    }

    /**
     * Adds the records of the year to the row of their group: {@code group} is the attribute every entity
     * of the module carries ({@code townCode} or {@code villageCode}).
     */
    private static void tally(EntityManager em, List<String> codes, int year, LocalDate today, String group,
            java.util.function.Function<String, Figures.FigureRow> town) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        String problemsOfYear = " FROM ResidentProblemEntity p WHERE p.villageCode IN :codes AND p.raisedOn >= :from AND p.raisedOn < :to";
        for (Object[] r : em
                .createQuery("SELECT p." + group + ", p.level, COUNT(p), COUNT(p.resolvedOn)" + problemsOfYear + " GROUP BY p." + group + ", p.level",
                        Object[].class)
                .setParameter("codes", codes).setParameter("from", from).setParameter("to", to).getResultList()) {
            Figures.FigureRow row = town.apply((String) r[0]);
            Figures.LevelRow level = row.perLevel.get(((Level) r[1]).ordinal());
            long all = ((Number) r[2]).longValue();
            long resolved = ((Number) r[3]).longValue();
            level.resolved += resolved;
            level.open += all - resolved;
            row.collected += all;
            row.resolved += resolved;
            row.open += all - resolved;
        }
        for (Object[] r : em.createQuery("SELECT p." + group + ", p.level, COUNT(p)" + problemsOfYear
                + " AND p.resolvedOn IS NULL AND p.levelDeadline < :today GROUP BY p." + group + ", p.level", Object[].class)
                .setParameter("codes", codes)
                .setParameter("from", from).setParameter("to", to).setParameter("today", today).getResultList()) {
            Figures.FigureRow row = town.apply((String) r[0]);
            long overdue = ((Number) r[2]).longValue();
            row.perLevel.get(((Level) r[1]).ordinal()).overdue += overdue;
            row.overdue += overdue;
        }
        for (Object[] r : em.createQuery("SELECT p." + group + ", COUNT(p), COUNT(p.townOn), COUNT(p.cityOn), COUNT(p.visitId)" + problemsOfYear
                + " GROUP BY p." + group, Object[].class).setParameter("codes", codes).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            Figures.FigureRow row = town.apply((String) r[0]);
            row.escalatedToTown += ((Number) r[2]).longValue();
            row.escalatedToCity += ((Number) r[3]).longValue();
            row.raisedOnVisits += ((Number) r[4]).longValue();
            row.perLevel.get(Level.VILLAGE.ordinal()).reached += ((Number) r[1]).longValue();
            row.perLevel.get(Level.TOWN.ordinal()).reached += ((Number) r[2]).longValue();
            row.perLevel.get(Level.CITY.ordinal()).reached += ((Number) r[3]).longValue();
        }
        Map<String, Integer> households = new HashMap<>();
        for (VillageEntity v : em.createQuery("SELECT v FROM VillageEntity v WHERE v.villageCode IN :codes", VillageEntity.class)
                .setParameter("codes", codes)
                .getResultList()) {
            Figures.FigureRow row = town.apply("townCode".equals(group) ? v.townCode : v.villageCode);
            row.villages++;
            row.households += v.households;
            households.put(v.villageCode, v.households);
        }
        for (Object[] r : em.createQuery("SELECT v." + group + ", v.villageCode, COUNT(DISTINCT v.household), COUNT(v) FROM VisitEntity v"
                + " WHERE v.villageCode IN :codes AND v.visitedOn >= :from AND v.visitedOn < :to GROUP BY v." + group + ", v.villageCode",
                Object[].class)
                .setParameter("codes", codes).setParameter("from", from).setParameter("to", to).getResultList()) {
            Figures.FigureRow row = town.apply((String) r[0]);
            row.householdsVisited += Math.min(((Number) r[2]).longValue(), households.getOrDefault((String) r[1], 0));
            row.visits += ((Number) r[3]).longValue();
        }
        for (Object[] r : em.createQuery("SELECT s." + group + ", COUNT(DISTINCT s.memberId) FROM StationEntity s WHERE s.villageCode IN :codes"
                + " AND s.endedOn IS NULL GROUP BY s." + group, Object[].class).setParameter("codes", codes).getResultList()) {
            town.apply((String) r[0]).stationedCadres += ((Number) r[1]).longValue();
        }
    }
}
