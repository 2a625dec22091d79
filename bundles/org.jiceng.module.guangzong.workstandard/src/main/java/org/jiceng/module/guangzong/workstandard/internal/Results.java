package org.jiceng.module.guangzong.workstandard.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Pass rates per category, township and scope, and the list of units to rectify, computed from the year's checks. */
@Component(service = Results.class)
public class Results {
    private final Checks checks;
    private final Standards standards;
    private final Store store;

    @Activate
    public Results(@Reference Checks checks, @Reference Standards standards, @Reference Store store) {
        this.checks = checks;
        this.standards = standards;
        this.store = store;
    }

    Figures figures(String code, int year) {
        store.jurisdictions().get(code);
        return figures(code, year, standards.current(code), checks.all(code, year));
    }

    /** The figures of {@code rows}, categories named after {@code standard} (the current one). */
    Figures figures(String code, int year, CriteriaSet standard, List<CheckView> rows) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.categories = standard.aspects().size();
        Map<String, Figures.CategoryRate> categories = new LinkedHashMap<>();
        for (Aspect a : standard.aspects()) {
            Figures.CategoryRate c = new Figures.CategoryRate();
            c.key = a.key();
            c.name = a.name();
            c.tasks = a.criteria().size();
            f.tasks += c.tasks;
            categories.put(a.key(), c);
        }
        Map<String, Figures.TownshipRate> townships = new TreeMap<>();
        for (CheckView c : rows) {
            f.units++;
            Figures.TownshipRate t = townships.computeIfAbsent(c.townshipCode, k -> township(k));
            t.units++;
            if (c.townshipPassed == null) {
                f.pending++;
                continue;
            }
            f.townshipChecked++;
            t.checked++;
            if (c.townshipPassed) {
                f.passed++;
                t.passed++;
            } else {
                f.belowStandard++;
            }
            for (Figures.CategoryRate r : categories.values()) {
                r.checked++;
                if (!c.unmetCategories.contains(r.key)) {
                    r.passed++;
                }
            }
        }
        f.passPercent = Figures.percent(f.passed, f.townshipChecked);
        for (Figures.CategoryRate r : categories.values()) {
            r.passPercent = Figures.percent(r.passed, r.checked);
            f.byCategory.add(r);
        }
        for (Figures.TownshipRate t : townships.values()) {
            t.passPercent = Figures.percent(t.passed, t.checked);
            f.byTownship.add(t);
        }
        return f;
    }

    /** The units below the standard in the year, township by township, with the categories and tasks they did not meet. */
    List<RectificationRow> rectification(String code, int year) {
        Map<String, CriteriaSet> versions = new HashMap<>();
        Map<String, String> townshipNames = new HashMap<>();
        return checks.all(code, year).stream().filter(c -> Boolean.FALSE.equals(c.townshipPassed))
                .sorted((a, b) -> a.townshipCode.equals(b.townshipCode) ? Long.compare(a.id, b.id) : a.townshipCode.compareTo(b.townshipCode))
                .map(c -> {
                    CriteriaSet set = versions.computeIfAbsent(c.criteriaKey + "/" + c.criteriaVersion,
                            k -> standards.version(c.criteriaKey, c.criteriaVersion));
                    RectificationRow r = new RectificationRow();
                    r.checkId = c.id;
                    r.organizationId = c.organizationId;
                    r.organizationName = c.organizationName;
                    r.jurisdictionCode = c.jurisdictionCode;
                    r.townshipCode = c.townshipCode;
                    r.townshipName = townshipNames.computeIfAbsent(c.townshipCode,
                            k -> store.nameOf(k));
                    r.year = c.year;
                    r.tasksMet = c.townshipMet;
                    int all = 0;
                    for (Aspect a : set.aspects()) {
                        all += a.criteria().size();
                        if (c.unmetCategories.contains(a.key())) {
                            r.categories.add(a.name());
                        }
                        for (Criterion cr : a.criteria()) {
                            if (c.unmetTasks.contains(cr.key())) {
                                r.tasks.add(cr.key() + " " + cr.text());
                            }
                        }
                    }
                    r.tasksToPass = StandardView.tasksToPass(all, set.minimumShareMet());
                    return r;
                }).toList();
    }

    private Figures.TownshipRate township(String code) {
        Figures.TownshipRate t = new Figures.TownshipRate();
        t.townshipCode = code;
        t.townshipName = store.jurisdictions().find(code).filter(j -> j.level() == JurisdictionLevel.TOWNSHIP).map(Jurisdiction::name).orElse(code);
        return t;
    }
}
