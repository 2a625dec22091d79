package org.jiceng.module.guangzong.studytraining.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Shares;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The figures the county reports, counted from the records: exams, sittings, pass rate and the top
 * scorers selected and trained; the no-post training's coverage under a 3-year plan (the members
 * without a post counted from the registry and the cadre record today) per township and county.
 */
@Component(service = FiguresService.class)
public class FiguresService {
    private final Store store;
    private final Roster roster;

    @Activate
    public FiguresService(@Reference Store store, @Reference Roster roster) {
        this.store = store;
        this.roster = roster;
    }

    ExamFigures exams(String code, Integer year) {
        Jurisdiction scope = store.jurisdictions().get(code);
        List<String> codes = store.subtreeCodes(code);
        ExamFigures total = blankExams(scope.code(), scope.name(), year);
        Map<String, ExamFigures> towns = new TreeMap<>();
        for (Jurisdiction t : roster.townships(code)) {
            towns.put(t.code(), blankExams(t.code(), t.name(), year));
        }
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        store.tx().snapshot(em -> {
            for (Object[] row : em.createQuery("SELECT e.status, COUNT(e) FROM ExamEntity e WHERE e.jurisdictionCode IN :codes AND e.heldOn >= :from "
                    + "AND e.heldOn <= :to GROUP BY e.status", Object[].class).setParameter("codes", codes).setParameter("from", from)
                    .setParameter("to", to).getResultList()) {
                int n = ((Number) row[1]).intValue();
                total.exams += n;
                if (row[0] == ExamStatus.CLOSED) {
                    total.closed += n;
                }
            }
            Map<ExamFigures, Set<Long>> takers = new HashMap<>();
            Map<ExamFigures, Long> points = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT s.townCode, s.memberId, s.score, e.passMark FROM ScoreEntity s, ExamEntity e "
                    + "WHERE s.examId = e.id AND s.jurisdictionCode IN :codes AND e.heldOn >= :from AND e.heldOn <= :to", Object[].class)
                    .setParameter("codes", codes).setParameter("from", from).setParameter("to", to).getResultList()) {
                int score = ((Number) row[2]).intValue();
                boolean passed = score >= ((Number) row[3]).intValue();
                for (ExamFigures f : rows(total, towns, (String) row[0], code)) {
                    f.sittings++;
                    if (passed) {
                        f.passed++;
                    }
                    takers.computeIfAbsent(f, x -> new HashSet<>()).add((Long) row[1]);
                    points.merge(f, (long) score, Long::sum);
                }
            }
            for (Object[] row : em.createQuery("SELECT s.townCode, s.status FROM SelectionEntity s, ExamEntity e WHERE s.examId = e.id "
                    + "AND s.jurisdictionCode IN :codes AND e.heldOn >= :from AND e.heldOn <= :to", Object[].class).setParameter("codes", codes)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                for (ExamFigures f : rows(total, towns, (String) row[0], code)) {
                    f.selected++;
                    if (row[1] == SelectionStatus.TRAINED) {
                        f.trained++;
                    }
                }
            }
            for (ExamFigures f : takers.keySet()) {
                f.takers = takers.get(f).size();
                f.averageScore = BigDecimal.valueOf(points.get(f)).divide(BigDecimal.valueOf(f.sittings), 2, RoundingMode.HALF_UP);
            }
            return null;
        });
        for (ExamFigures f : towns.values()) {
            finish(f);
        }
        finish(total);
        if (!towns.containsKey(code)) {
            total.towns.addAll(towns.values());
        }
        return total;
    }

    /** The total, and the township's row when the score's township is one of the scope (county organs count in the total only). */
    private static List<ExamFigures> rows(ExamFigures total, Map<String, ExamFigures> towns, String town, String code) {
        ExamFigures t = town == null ? null : towns.get(town);
        return t == null || towns.containsKey(code) ? List.of(total) : List.of(total, t);
    }

    private static void finish(ExamFigures f) {
        f.passRate = Shares.of(f.passed, f.sittings);
        f.passPercent = Shares.percent(f.passRate);
    }

    private static ExamFigures blankExams(String code, String name, Integer year) {
        ExamFigures f = new ExamFigures();
        f.jurisdictionCode = code;
        f.name = name;
        f.year = year;
        return f;
    }

    /** Coverage under the plan given, or the one covering today's year (else the latest); blank figures where the county has none. */
    CoverageFigures coverage(String code, Long planId, LocalDate today) {
        Jurisdiction scope = store.jurisdictions().get(code);
        String county = store.countyOf(code);
        PlanEntity plan = store.tx().read(em -> {
            if (planId != null) {
                PlanEntity p = em.find(PlanEntity.class, planId);
                if (p == null || county == null || !p.jurisdictionCode.equals(county)) {
                    throw new NotFoundException("Plan", planId);
                }
                return p;
            }
            List<PlanEntity> all = em
                    .createQuery("SELECT p FROM PlanEntity p WHERE p.jurisdictionCode = :c ORDER BY p.startYear DESC", PlanEntity.class)
                    .setParameter("c", county == null ? code : county).getResultList();
            return all.stream().filter(p -> p.startYear <= today.getYear() && p.endYear >= today.getYear()).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
        });
        CoverageFigures total = blankCoverage(scope.code(), scope.name(), plan);
        Map<String, CoverageFigures> towns = new TreeMap<>();
        for (Jurisdiction t : roster.townships(code)) {
            towns.put(t.code(), blankCoverage(t.code(), t.name(), plan));
        }
        // the members without a post today, by their township
        Map<Long, String> withoutPost = new HashMap<>();
        for (Member m : roster.withoutPostInTownships(code, today)) {
            String town = roster.townshipOf(m.jurisdictionCode());
            withoutPost.put(m.id(), town);
            total.withoutPost++;
            if (town != null && towns.containsKey(town) && !town.equals(code)) {
                towns.get(town).withoutPost++;
            }
        }
        if (plan != null) {
            List<String> codes = store.subtreeCodes(code);
            store.tx().snapshot(em -> {
                Map<Long, Integer> years = new LinkedHashMap<>();
                for (YearlyPlanEntity y : em
                        .createQuery("SELECT y FROM YearlyPlanEntity y WHERE y.planId = :p ORDER BY y.year", YearlyPlanEntity.class)
                        .setParameter("p", plan.id).getResultList()) {
                    years.put(y.id, y.year);
                    for (CoverageFigures f : all(total, towns, code)) {
                        CoverageFigures.Year row = new CoverageFigures.Year();
                        row.year = y.year;
                        row.yearlyPlanId = y.id;
                        f.years.add(row);
                    }
                    for (TargetEntity t : em.createQuery("SELECT t FROM TargetEntity t WHERE t.yearlyPlanId = :y", TargetEntity.class)
                            .setParameter("y", y.id).getResultList()) {
                        if (store.within(t.townCode, code)) {
                            for (CoverageFigures f : of(total, towns, t.townCode, code)) {
                                year(f, y.id).target += t.target;
                            }
                        }
                    }
                }
                if (years.isEmpty()) {
                    return null;
                }
                for (Object[] row : em
                        .createQuery("SELECT b.jurisdictionCode, b.yearlyPlanId, b.status FROM BatchEntity b WHERE b.yearlyPlanId IN :ys "
                                + "AND b.jurisdictionCode IN :codes", Object[].class)
                        .setParameter("ys", List.copyOf(years.keySet())).setParameter("codes", codes)
                        .getResultList()) {
                    for (CoverageFigures f : of(total, towns, (String) row[0], code)) {
                        f.batches++;
                        year(f, (Long) row[1]).batches++;
                        if (row[2] == BatchStatus.HELD) {
                            f.batchesHeld++;
                            year(f, (Long) row[1]).batchesHeld++;
                        }
                    }
                }
                Map<CoverageFigures, Set<Long>> trained = new HashMap<>();
                Map<CoverageFigures.Year, Set<Long>> trainedInYear = new HashMap<>();
                for (Object[] row : em
                        .createQuery("SELECT b.jurisdictionCode, b.yearlyPlanId, a.memberId, a.attended FROM AttendanceEntity a, BatchEntity b "
                                + "WHERE a.batchId = b.id AND b.yearlyPlanId IN :ys AND b.jurisdictionCode IN :codes", Object[].class)
                        .setParameter("ys", List.copyOf(years.keySet())).setParameter("codes", codes).getResultList()) {
                    long member = (Long) row[2];
                    for (CoverageFigures f : of(total, towns, (String) row[0], code)) {
                        CoverageFigures.Year y = year(f, (Long) row[1]);
                        y.enrolled++;
                        if (Boolean.FALSE.equals(row[3])) {
                            y.absent++;
                        }
                        if (Boolean.TRUE.equals(row[3])) {
                            f.attendances++;
                            trainedInYear.computeIfAbsent(y, x -> new HashSet<>()).add(member);
                        }
                    }
                    if (Boolean.TRUE.equals(row[3]) && withoutPost.containsKey(member)) {
                        // coverage counts the member where the member is now (a member may have moved township since)
                        for (CoverageFigures f : of(total, towns, withoutPost.get(member), code)) {
                            trained.computeIfAbsent(f, x -> new HashSet<>()).add(member);
                        }
                    }
                }
                trained.forEach((f, members) -> f.trained = members.size());
                trainedInYear.forEach((y, members) -> y.trained = members.size());
                return null;
            });
        }
        for (CoverageFigures f : all(total, towns, code)) {
            f.coverage = Shares.of(f.trained, f.withoutPost);
            f.coveragePercent = Shares.percent(f.coverage);
            for (CoverageFigures.Year y : f.years) {
                y.achieved = Shares.of(y.trained, y.target);
                y.achievedPercent = Shares.percent(y.achieved);
            }
        }
        if (!towns.containsKey(code)) {
            total.towns.addAll(towns.values());
        }
        return total;
    }

    /** The rows a record of {@code town} counts in: the total, and the township's row (a township's own figures have the total only). */
    private static List<CoverageFigures> of(CoverageFigures total, Map<String, CoverageFigures> towns, String town, String code) {
        CoverageFigures t = town == null ? null : towns.get(town);
        return t == null || towns.containsKey(code) ? List.of(total) : List.of(total, t);
    }

    private static List<CoverageFigures> all(CoverageFigures total, Map<String, CoverageFigures> towns, String code) {
        List<CoverageFigures> all = new ArrayList<>();
        all.add(total);
        if (!towns.containsKey(code)) {
            all.addAll(towns.values());
        }
        return all;
    }

    private static CoverageFigures.Year year(CoverageFigures f, long yearlyPlanId) {
        for (CoverageFigures.Year y : f.years) {
            if (y.yearlyPlanId == yearlyPlanId) {
                return y;
            }
        }
        throw new IllegalStateException("no row for yearly plan " + yearlyPlanId);
    }

    private static CoverageFigures blankCoverage(String code, String name, PlanEntity plan) {
        CoverageFigures f = new CoverageFigures();
        f.jurisdictionCode = code;
        f.name = name;
        if (plan != null) {
            f.planId = plan.id;
            f.planTitle = plan.title;
            f.startYear = plan.startYear;
            f.endYear = plan.endYear;
        }
        return f;
    }
}
