package org.jiceng.module.shunyi.indicators.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of a year, computed from the indicators, tasks, work points and projects as they are. */
@Component(service = IndicatorFigures.class)
public class IndicatorFigures {
    private final Store store;
    private final IndicatorSystem system;
    private final Tasks tasks;
    private final WorkPoints workPoints;
    private final Projects projects;

    @Activate
    public IndicatorFigures(@Reference Store store, @Reference IndicatorSystem system, @Reference Tasks tasks, @Reference WorkPoints workPoints,
            @Reference Projects projects) {
        this.store = store;
        this.system = system;
        this.tasks = tasks;
        this.workPoints = workPoints;
        this.projects = projects;
    }

    /** The year asked for, else the latest the county planned, else this year. */
    int year(String code, Integer year) {
        if (year != null) {
            if (year < 2000 || year > 2100) {
                throw new ValidationException("year", "must be between 2000 and 2100");
            }
            return year;
        }
        Integer latest = workPoints.latestYear(code);
        return latest != null ? latest : store.today().getYear();
    }

    public Figures figures(String code, Integer askedYear) {
        int year = year(code, askedYear);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.asOf = store.today();
        List<IndicatorView> indicators = system.list(code);
        f.indicators = indicators.size();
        f.aspects = indicators.stream().map(i -> i.aspect).distinct().count();
        f.domains = indicators.stream().map(i -> i.domain).distinct().count();
        List<WorkItemView> items = workPoints.list(code, year);
        f.workItems = items.size();
        f.workParts = items.stream().map(i -> i.partNumber).distinct().count();
        f.total = new Figures.FigureRow(code, store.jurisdictions().get(code).name());
        Map<PartyDomain, Figures.FigureRow> domains = new EnumMap<>(PartyDomain.class);
        for (PartyDomain d : PartyDomain.values()) {
            domains.put(d, new Figures.FigureRow(d.name(), d.zh()));
        }
        Map<String, Figures.FigureRow> units = new TreeMap<>();
        for (TaskView t : tasks.ofYear(code, year)) {
            f.total.add(t);
            domains.get(t.domain).add(t);
            units.computeIfAbsent(t.unit, u -> new Figures.FigureRow(u, u)).add(t);
        }
        for (ProjectView p : projects.ofYear(code, year)) {
            f.total.add(p);
            domains.get(p.domain).add(p);
            units.computeIfAbsent(p.unit, u -> new Figures.FigureRow(u, u)).add(p);
        }
        f.total.rated();
        f.perDomain = new ArrayList<>(domains.values().stream().map(Figures.FigureRow::rated).toList());
        f.perUnit = new ArrayList<>(units.values().stream().map(Figures.FigureRow::rated).toList());
        return f;
    }
}
