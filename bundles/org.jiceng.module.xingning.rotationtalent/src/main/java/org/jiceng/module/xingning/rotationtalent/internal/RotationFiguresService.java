package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.cadre.PostLevel;
import org.jiceng.cadre.Tenure;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rotation figures of a year, counted from the core's tenure and the module's moves: due,
 * planned (approved among them), moved, deferred, exceptions and overdue (due and in no move of
 * the year's plans) — for the scope and per township, the city's own units on the city's row.
 */
@Component(service = RotationFiguresService.class)
public class RotationFiguresService {
    private final Store store;
    private final Rotations rotations;

    @Activate
    public RotationFiguresService(@Reference Store store, @Reference Rotations rotations) {
        this.store = store;
        this.rotations = rotations;
    }

    RotationFigures figures(String code, int year) {
        Jurisdiction scope = store.jurisdictions().get(code);
        Map<String, RotationFigures> rows = new LinkedHashMap<>();
        RotationFigures total = blank(scope.code(), scope.name(), year);
        if (scope.level() != JurisdictionLevel.TOWNSHIP && scope.level() != JurisdictionLevel.VILLAGE) {
            rows.put(Store.townOf(code), blank(code, scope.name(), year));
            for (Jurisdiction town : store.jurisdictions().subtreeList(code, JurisdictionLevel.TOWNSHIP)) {
                rows.put(town.code(), blank(town.code(), town.name(), year));
            }
        }
        Set<String> planned = new HashSet<>();
        for (MoveEntity m : store.tx().read(em -> rotations.movesOfYear(em, code, year))) {
            planned.add(Rotations.key(m.memberId, m.fromUnit));
            for (RotationFigures f : List.of(total, row(rows, m.townCode, year))) {
                switch (m.status) {
                    case PROPOSED -> f.planned++;
                    case APPROVED -> {
                        f.planned++;
                        f.approved++;
                    }
                    case EXECUTED -> f.moved++;
                    case DEFERRED -> f.deferred++;
                }
                if (!m.due) {
                    f.exceptions++;
                }
            }
        }
        LocalDate day = RotationRules.referenceDay(year);
        for (Tenure t : rotations.tenuresDue(code, day)) {
            for (RotationFigures f : List.of(total, row(rows, Store.townOf(t.jurisdictionCode()), year))) {
                f.due++;
                if (t.level() == PostLevel.HEAD) {
                    f.dueHeads++;
                } else {
                    f.dueDeputies++;
                }
                if (!planned.contains(Rotations.key(t.memberId(), t.unit()))) {
                    f.overdue++;
                }
            }
        }
        if (rows.size() > 1 || (rows.size() == 1 && !rows.containsKey(code))) {
            total.towns.addAll(rows.values());
        }
        return total;
    }

    private RotationFigures row(Map<String, RotationFigures> rows, String townCode, int year) {
        return rows.computeIfAbsent(townCode, c -> blank(c, store.nameOf(c), year));
    }

    private static RotationFigures blank(String code, String name, int year) {
        RotationFigures f = new RotationFigures();
        f.jurisdictionCode = code;
        f.name = name;
        f.year = year;
        return f;
    }
}
