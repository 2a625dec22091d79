package org.jiceng.module.guangzong.inspectiontours.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jiceng.common.ValidationException;
import org.jiceng.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of the rounds, computed from the visits and findings and from the problems engine as it is now. */
@Component(service = TourFigures.class)
public class TourFigures {
    private final Store store;
    private final Findings findings;

    @Activate
    public TourFigures(@Reference Store store, @Reference Findings findings) {
        this.store = store;
        this.findings = findings;
    }

    static Integer checkedYear(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ValidationException("year", "must be between 2000 and 2100");
        }
        return year;
    }

    /** The figures of the subtree's visits and findings, of the rounds started in {@code year} (every round without one). */
    public Figures figures(String code, Integer year) {
        checkedYear(year);
        List<String> codes = store.subtreeCodes(code);
        String county = store.countyOf(code);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.asOf = store.today();
        f.total = new Figures.FigureRow(code, store.jurisdictions().get(code).name());
        Map<Long, Figures.FigureRow> rounds = new TreeMap<>();
        Map<Long, Integer> numbers = new TreeMap<>();
        List<VisitEntity> visits = new ArrayList<>();
        List<FindingEntity> found = new ArrayList<>();
        store.tx().snapshot(em -> {
            List<RoundEntity> all = em.createQuery("SELECT r FROM RoundEntity r WHERE r.jurisdictionCode = :c ORDER BY r.number", RoundEntity.class)
                    .setParameter("c", county).getResultList();
            for (RoundEntity r : all) {
                if (year == null || r.startsOn.getYear() == year) {
                    rounds.put(r.id, new Figures.FigureRow(String.valueOf(r.number), r.title));
                    numbers.put(r.id, r.number);
                }
            }
            if (!rounds.isEmpty()) {
                List<Long> ids = new ArrayList<>(rounds.keySet());
                visits.addAll(em.createQuery("SELECT v FROM VisitEntity v WHERE v.roundId IN :r AND v.jurisdictionCode IN :codes", VisitEntity.class)
                        .setParameter("r", ids).setParameter("codes", codes).getResultList());
                found.addAll(
                        em.createQuery("SELECT x FROM FindingEntity x WHERE x.roundId IN :r AND x.jurisdictionCode IN :codes", FindingEntity.class)
                                .setParameter("r", ids).setParameter("codes", codes).getResultList());
            }
            return null;
        });
        Map<Object, Set<String>> units = new java.util.IdentityHashMap<>();
        for (VisitEntity v : visits) {
            f.total.add(v, units.computeIfAbsent(f.total, x -> new HashSet<>()));
            Figures.FigureRow row = rounds.get(v.roundId);
            row.add(v, units.computeIfAbsent(row, x -> new HashSet<>()));
        }
        Map<Long, Problem> problems = findings.problems(code, found.stream().map(x -> x.problemId).toList());
        for (FindingEntity x : found) {
            Problem p = problems.get(x.problemId);
            f.total.add(p);
            rounds.get(x.roundId).add(p);
        }
        f.rounds = rounds.size();
        f.total.rated();
        List<Figures.FigureRow> perRound = new ArrayList<>();
        numbers.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> perRound.add(rounds.get(e.getKey()).rated()));
        f.perRound = perRound;
        return f;
    }
}
