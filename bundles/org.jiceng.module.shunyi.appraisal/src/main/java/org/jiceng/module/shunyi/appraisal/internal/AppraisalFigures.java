package org.jiceng.module.shunyi.appraisal.internal;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.Pages;
import org.jiceng.scoring.Indicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of a year, computed from the engine's results and the decisions as they are. */
@Component(service = AppraisalFigures.class)
public class AppraisalFigures {
    private final Store store;
    private final Appraisal appraisal;
    private final Decisions decisions;

    @Activate
    public AppraisalFigures(@Reference Store store, @Reference Appraisal appraisal, @Reference Decisions decisions) {
        this.store = store;
        this.appraisal = appraisal;
        this.decisions = decisions;
    }

    public Figures figures(String code, Integer askedYear) {
        int year = askedYear != null ? askedYear : appraisal.latestYear(code);
        YearView y = appraisal.year(code, year);
        List<UnitView> units = appraisal.allUnits(code, year);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.state = y.state;
        f.asOf = store.today();
        f.units = units.size();
        f.unitsScored = units.stream().filter(u -> u.scored == u.indicators).count();
        for (var band : AppraisalRules.GRADES) {
            f.grades.put(band.grade(), units.stream().filter(u -> band.grade().equals(u.grade)).count());
            f.decisionsPerGrade.put(band.grade(), 0L);
        }
        f.averageTotal = round(units.stream().mapToDouble(u -> u.total).average().orElse(0));
        f.indicators = new ArrayList<>();
        for (Indicator i : AppraisalRules.INDICATORS) {
            Figures.IndicatorAnalysis a = new Figures.IndicatorAnalysis();
            a.key = i.key();
            a.name = i.name();
            a.maximum = i.maximum();
            var scores = units.stream().filter(u -> u.scores.containsKey(i.key())).mapToDouble(u -> u.scores.get(i.key())).summaryStatistics();
            a.scored = scores.getCount();
            a.average = a.scored == 0 ? 0 : round(scores.getAverage());
            a.lowest = a.scored == 0 ? 0 : scores.getMin();
            a.highest = a.scored == 0 ? 0 : scores.getMax();
            a.averagePercent = a.scored == 0 ? 0 : Math.floor(scores.getAverage() / i.maximum() * 1000) / 10;
            f.indicators.add(a);
        }
        for (Measure m : Measure.values()) {
            f.measures.put(m, 0L);
        }
        Pages.each("id", Decisions.SORTABLE, page -> decisions.list(code, year, null, null, null, page), d -> {
            f.decisions++;
            f.measures.merge(d.measure, 1L, Long::sum);
            f.decisionsPerGrade.merge(d.grade, 1L, Long::sum);
        });
        return f;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
