package org.jiceng.module.shunyi.innovationcases.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.common.Pages;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The library's figures, computed from the cases and adoptions as they are. */
@Component(service = CaseFigures.class)
public class CaseFigures {
    private final Store store;
    private final Cases cases;

    @Activate
    public CaseFigures(@Reference Store store, @Reference Cases cases) {
        this.store = store;
        this.cases = cases;
    }

    public Figures figures(String code) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.asOf = store.today();
        f.total = new Figures.FigureRow(code, store.jurisdictions().get(code).name());
        Map<CaseArea, Figures.FigureRow> areas = new EnumMap<>(CaseArea.class);
        Map<String, Figures.FigureRow> townships = new TreeMap<>();
        Pages.each("id", Cases.SORTABLE, page -> cases.list(code, null, null, null, page), c -> {
            f.total.add(c, c.adoptionCount);
            areas.computeIfAbsent(c.area, a -> new Figures.FigureRow(a.name(), null)).add(c, c.adoptionCount);
            String township = township(c.jurisdictionCode);
            townships.computeIfAbsent(township, t -> new Figures.FigureRow(t, name(t))).add(c, c.adoptionCount);
        });
        f.areas = new ArrayList<>(areas.values());
        f.townships = new ArrayList<>(townships.values());
        return f;
    }

    /** The township a case's unit is in; the district itself for the district's own units. */
    private String township(String code) {
        Jurisdiction j = store.jurisdictions().find(code).orElse(null);
        if (j == null || j.level() != JurisdictionLevel.VILLAGE) {
            return code;
        }
        return j.parentCode() == null ? code : j.parentCode();
    }

    private String name(String code) {
        return store.nameOf(code);
    }
}
