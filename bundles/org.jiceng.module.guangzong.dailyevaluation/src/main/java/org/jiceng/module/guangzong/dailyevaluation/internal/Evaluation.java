package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.ScoreSheet;
import org.jiceng.scoring.ScoringService;
import org.jiceng.scoring.SubjectKind;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The evaluation on the core's scoring engine: one scheme per county (the three boards as manual
 * indicators on 100 points each, weighted into the total; the county's grades), a period per year,
 * every evaluated member a subject grouped by township. Whenever entries or members change, the
 * year is recomputed: each member's board points (base plus the year's entries) are entered and the
 * engine computes totals, grades and the ranks per township; the county's ranks are taken from its
 * totals. The results are copied onto the members, so lists and rankings read one table.
 */
@Component(service = Evaluation.class)
public class Evaluation {
    private final ScoringService scoring;
    private final Store store;

    @Activate
    public Evaluation(@Reference ScoringService scoring, @Reference Store store) {
        this.scoring = scoring;
        this.store = store;
    }

    static String schemeKey(String county) {
        return Store.MODULE_ID + "-" + county;
    }

    static Scheme scheme(String county) {
        List<Indicator> indicators = new ArrayList<>();
        for (Board b : Board.values()) {
            indicators.add(new Indicator(b.key(), b.label, b.weight, Board.MAXIMUM, IndicatorSource.MANUAL, null));
        }
        return new Scheme(null, schemeKey(county), "党员干部日常量化考评", SubjectKind.PERSON, PeriodKind.YEAR, county, indicators,
                EvaluationRules.GRADES, null, Store.MODULE_ID, null);
    }

    /** The county's scheme in the engine, created on first use. */
    synchronized long schemeId(String county) {
        Scheme wanted = scheme(county);
        for (Scheme s : scoring.list(county, Store.MODULE_ID, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            if (s.key().equals(wanted.key())) {
                return s.id();
            }
        }
        return scoring.create(wanted).id();
    }

    /** Recomputes the county's year, entering every member's sheet again (closing the year, the demo). */
    void recompute(String county, int year) {
        recompute(county, year, null);
    }

    /**
     * Recomputes the county's year on the engine and copies the results onto its members. Sheets are
     * entered for the members {@code touched} (all when null) and for any whose board points differ
     * from the engine's last result, so an entry costs one member's sheet, not the county's. One at a
     * time: two recomputations crossing would each copy a computation the other replaced.
     */
    synchronized void recompute(String county, int year, Set<Long> touched) {
        Long schemeId = store.tx().read(em -> {
            YearEntity y = Years.find(em, county, year);
            return y == null ? null : y.schemeId;
        });
        if (schemeId == null) {
            return;
        }
        List<EvaluatedEntity> people = store.tx().read(em -> em
                .createQuery("SELECT m FROM EvaluatedEntity m WHERE m.countyCode = :c AND m.year = :y", EvaluatedEntity.class)
                .setParameter("c", county).setParameter("y", year).getResultList());
        if (people.isEmpty()) {
            return;
        }
        Map<Long, Map<Board, Double>> sums = new HashMap<>();
        store.tx().read(em -> em
                .createQuery("SELECT e.evaluatedId, e.board, SUM(e.points) FROM EntryEntity e WHERE e.countyCode = :c AND e.year = :y "
                        + "GROUP BY e.evaluatedId, e.board", Object[].class)
                .setParameter("c", county).setParameter("y", year).getResultList())
                .forEach(row -> sums.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Board) row[1], ((Number) row[2]).doubleValue()));
        String period = String.valueOf(year);
        Map<String, SubjectResult> last = new HashMap<>();
        if (touched != null) {
            Pages.each("subjectId", ScoringService.RESULT_SORTABLE, p -> scoring.results(schemeId, period, null, null, p),
                    r -> last.put(r.subjectId(), r));
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        for (EvaluatedEntity m : people) {
            Map<String, Double> values = new HashMap<>();
            for (Board b : Board.values()) {
                values.put(b.key(), EvaluationRules.boardPoints(b, sums.getOrDefault(m.id, Map.of()).getOrDefault(b, 0.0)));
            }
            SubjectResult before = last.get(String.valueOf(m.id));
            if (touched == null || touched.contains(m.id) || before == null || !values.equals(before.values())
                    || !m.townshipCode.equals(before.group())) {
                sheets.add(new ScoreSheet(String.valueOf(m.id), m.memberName, m.jurisdictionCode, m.townshipCode, values, Store.caller()));
            }
        }
        if (!sheets.isEmpty()) {
            scoring.enter(schemeId, period, sheets);
        }
        Map<Long, SubjectResult> results = new HashMap<>();
        List<EvaluationRules.Standing> standings = new ArrayList<>();
        for (SubjectResult r : scoring.compute(schemeId, period)) {
            long id = Long.parseLong(r.subjectId());
            results.put(id, r);
            standings.add(new EvaluationRules.Standing(id, r.total()));
        }
        Map<Long, Integer> countyRanks = EvaluationRules.ranks(standings);
        store.tx().run(em -> {
            for (EvaluatedEntity detached : people) {
                EvaluatedEntity m = em.find(EvaluatedEntity.class, detached.id);
                SubjectResult r = results.get(m.id);
                if (m == null || r == null) {
                    continue; // withdrawn meanwhile: the next recomputation leaves it out
                }
                m.work = r.values().get(Board.WORK.key());
                m.virtue = r.values().get(Board.VIRTUE.key());
                m.study = r.values().get(Board.STUDY.key());
                m.total = r.total();
                m.rank = r.rank();
                m.townshipSize = r.groupSize();
                m.countyRank = countyRanks.get(m.id);
                m.countySize = standings.size();
                m.grade = r.grade();
                m.consequence = r.consequence();
            }
        });
    }
}
