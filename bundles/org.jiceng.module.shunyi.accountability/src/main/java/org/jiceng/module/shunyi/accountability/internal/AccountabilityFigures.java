package org.jiceng.module.shunyi.accountability.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.common.Pages;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of accountability, computed from the cases and the catalogue as they are. */
@Component(service = AccountabilityFigures.class)
public class AccountabilityFigures {
    private final Store store;
    private final Catalogue catalogue;
    private final Cases cases;

    @Activate
    public AccountabilityFigures(@Reference Store store, @Reference Catalogue catalogue, @Reference Cases cases) {
        this.store = store;
        this.catalogue = catalogue;
        this.cases = cases;
    }

    public Figures figures(String code) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.asOf = store.today();
        Map<String, Figures.FigureRow> classes = new TreeMap<>();
        for (CatalogueClassView c : catalogue.read(code)) {
            f.catalogueClasses++;
            f.catalogueBehaviours += c.behaviours.size();
            classes.put(c.code, new Figures.FigureRow(c.code, c.name));
        }
        f.total = new Figures.FigureRow(code, store.jurisdictions().get(code).name());
        Map<String, Figures.FigureRow> units = new TreeMap<>();
        Pages.each("id", Cases.SORTABLE, page -> cases.list(code, null, null, null, null, page), c -> {
            f.total.add(c);
            classes.computeIfAbsent(c.behaviour.classCode, k -> new Figures.FigureRow(k, c.behaviour.className)).add(c);
            String unit = township(c.jurisdictionCode);
            units.computeIfAbsent(unit, u -> new Figures.FigureRow(u, store.nameOf(u))).add(c);
        });
        f.classes = new ArrayList<>(classes.values());
        f.units = new ArrayList<>(units.values());
        return f;
    }

    /** The township a unit lies in; a unit of the county (its organs) is counted under the county's code. */
    private String township(String code) {
        Jurisdiction j = store.jurisdictions().find(code).orElse(null);
        if (j != null && j.level() == JurisdictionLevel.VILLAGE && j.parentCode() != null) {
            return j.parentCode();
        }
        return code;
    }
}
