package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Shares;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A year's figures and rankings, summed from the entries and the results the engine computed (never stored as totals of their own). */
@Component(service = Results.class)
public class Results {
    private final Store store;
    private final Years years;
    private final Townships townships;
    private final Members members;
    private final Entries entries;

    @Activate
    public Results(@Reference Store store, @Reference Years years, @Reference Townships townships, @Reference Members members,
            @Reference Entries entries) {
        this.store = store;
        this.years = years;
        this.townships = townships;
        this.members = members;
        this.entries = entries;
    }

    /**
     * The ranking: over the county (or the subtree asked for) by county rank, or within one township
     * by its rank when {@code township} is given.
     */
    Page<MemberView> ranking(String code, int year, String township, String grade, PageRequest page) {
        years.view(code, year); // 404 for a year never opened
        PageRequest ordered = page.withDefaultOrder(new PageRequest.Order(township == null ? "countyRank" : "rank", true));
        return members.list(code, year, township, grade, ordered);
    }

    Figures figures(String code, int year) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        try {
            f.state = years.view(code, year).state;
        } catch (NotFoundException notOpened) {
            f.state = "NOT_OPENED";
        }
        List<TownshipEntity> places = store.tx().read(em -> townships.all(em, code, year));
        List<EvaluatedEntity> people = members.all(code, year);
        List<Object[]> points = entries.points(code, year);
        f.townships = places.size();
        f.members = people.size();
        f.entries = points.size();
        f.averageTotal = EvaluationRules.average(people.stream().filter(m -> m.total != null).map(m -> m.total).toList());

        f.boards = new ArrayList<>();
        for (Board b : Board.values()) {
            BoardFigures bf = new BoardFigures();
            bf.board = b.name();
            bf.name = b.label;
            for (Object[] row : points) {
                if (row[0] == b) {
                    double p = ((Number) row[1]).doubleValue();
                    bf.entries++;
                    if (p > 0) {
                        bf.pointsAwarded += p;
                    } else {
                        bf.pointsDeducted += p;
                    }
                }
            }
            bf.pointsAwarded = round(bf.pointsAwarded);
            bf.pointsDeducted = round(bf.pointsDeducted);
            bf.averagePoints = EvaluationRules.average(people.stream().map(m -> m.points(b)).filter(p -> p != null).toList());
            f.boards.add(bf);
        }

        long graded = people.stream().filter(m -> m.grade != null).count();
        f.grades = new ArrayList<>();
        for (String grade : EvaluationRules.GRADE_NAMES) {
            GradeCount g = new GradeCount();
            g.grade = grade;
            g.members = people.stream().filter(m -> grade.equals(m.grade)).count();
            g.percent = Shares.percent(Shares.of(g.members, graded));
            f.grades.add(g);
        }

        Map<Long, Long> entriesPerTownship = new HashMap<>();
        points.forEach(row -> entriesPerTownship.merge((Long) row[2], 1L, Long::sum));
        Map<Long, List<EvaluatedEntity>> byTownship = people.stream()
                .collect(Collectors.groupingBy(m -> m.townshipId, LinkedHashMap::new, Collectors.toList()));
        f.byTownship = new ArrayList<>();
        for (TownshipEntity t : places) {
            List<EvaluatedEntity> own = byTownship.getOrDefault(t.id, List.of());
            TownshipFigures tf = new TownshipFigures();
            tf.townshipCode = t.townshipCode;
            tf.townshipName = t.townshipName;
            tf.members = own.size();
            tf.entries = entriesPerTownship.getOrDefault(t.id, 0L);
            tf.averageTotal = EvaluationRules.average(own.stream().filter(m -> m.total != null).map(m -> m.total).toList());
            tf.excellent = own.stream().filter(m -> EvaluationRules.EXCELLENT.equals(m.grade)).count();
            tf.best = own.stream().filter(m -> m.total != null)
                    .sorted(Comparator.comparing((EvaluatedEntity m) -> m.total).reversed().thenComparing(m -> m.memberName)).map(m -> m.memberName)
                    .findFirst().orElse(null);
            f.byTownship.add(tf);
        }
        return f;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
