package org.jiceng.module.shunyi.supervision.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.common.Pages;
import org.jiceng.common.ValidationException;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of a year, computed from the items, the procedure engine and the problems engine as they are. */
@Component(service = SupervisionFigures.class)
public class SupervisionFigures {
    private final Store store;
    private final Items items;
    private final Findings findings;

    @Activate
    public SupervisionFigures(@Reference Store store, @Reference Items items, @Reference Findings findings) {
        this.store = store;
        this.items = items;
        this.findings = findings;
    }

    /** The year asked for, else this year. */
    int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ValidationException("year", "must be between 2000 and 2100");
        }
        return year != null ? year : store.today().getYear();
    }

    public Figures figures(String code, Integer askedYear) {
        int year = year(askedYear);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.asOf = store.today();
        f.total = new Figures.FigureRow(code, store.jurisdictions().get(code).name());
        Map<Kind, Figures.FigureRow> kinds = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            kinds.put(k, new Figures.FigureRow(k.name(), k.zh()));
        }
        Map<String, Figures.FigureRow> places = new TreeMap<>();
        Pages.each("id", Items.SORTABLE, page -> items.list(code, null, null, null, year, page), i -> {
            f.total.add(i);
            kinds.get(i.kind).add(i);
            place(places, i.jurisdictionCode).add(i);
        });
        Pages.each("id", Findings.SORTABLE, page -> findings.list(code, null, null, year, page), x -> {
            f.total.add(x);
            kinds.get(x.kind).add(x);
            place(places, x.jurisdictionCode).add(x);
        });
        f.total.rated();
        f.perKind = new ArrayList<>(kinds.values().stream().map(Figures.FigureRow::rated).toList());
        f.perPlace = new ArrayList<>(places.values().stream().map(Figures.FigureRow::rated).toList());
        return f;
    }

    /** The township a unit lies in; the county's own units are counted under the county's code. */
    private Figures.FigureRow place(Map<String, Figures.FigureRow> places, String code) {
        Jurisdiction j = store.jurisdictions().find(code).orElse(null);
        String key = j != null && j.level() == JurisdictionLevel.VILLAGE && j.parentCode() != null ? j.parentCode() : code;
        return places.computeIfAbsent(key, k -> new Figures.FigureRow(k, store.nameOf(k)));
    }
}
