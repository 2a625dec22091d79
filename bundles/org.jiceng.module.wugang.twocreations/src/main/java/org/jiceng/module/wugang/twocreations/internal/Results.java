package org.jiceng.module.wugang.twocreations.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jiceng.common.Shares;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The year's figures of a scope, computed from the applications every time (no totals are stored). */
@Component(service = Results.class)
public class Results {
    private final Applications applications;
    private final Store store;

    @Activate
    public Results(@Reference Applications applications, @Reference Store store) {
        this.applications = applications;
        this.store = store;
    }

    /** @param year the year reported, the current one when null */
    Figures figures(String code, Integer year, LocalDate today) {
        int y = year == null ? today.getYear() : year;
        new Validator().range("year", y, Applications.FIRST_YEAR, today.getYear()).throwIfInvalid();
        List<ApplicationView> standardized = applications.all(code, CreationLevel.STANDARDIZED, y);
        List<ApplicationView> modelTitles = distinctBranches(applications.accepted(code, CreationLevel.MODEL, y));
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = y;
        f.standardized = level(standardized);
        f.model = level(applications.all(code, CreationLevel.MODEL, y));
        f.passShare = Shares.of(f.standardized.accepted, f.standardized.accepted + f.standardized.rejected);
        f.passPercent = Shares.percent(f.passShare);
        f.modelBranches = modelTitles.size();
        f.standardizedBranches = distinctBranches(applications.accepted(code, CreationLevel.STANDARDIZED, y)).size();
        f.townships = townships(standardized, modelTitles);
        return f;
    }

    static Figures.LevelFigures level(List<ApplicationView> year) {
        Figures.LevelFigures l = new Figures.LevelFigures();
        for (ApplicationView a : year) {
            l.applied++;
            l.selfChecked += a.selfCheckEvaluationId == null ? 0 : 1;
            l.crossInspected += a.crossEvaluationId == null ? 0 : 1;
            l.accepted += a.stage == Stage.ACCEPTED ? 1 : 0;
            l.rejected += a.stage == Stage.REJECTED ? 1 : 0;
        }
        l.open = l.applied - l.accepted - l.rejected;
        return l;
    }

    /** One application per branch: a branch accepted in two years holds the title once. */
    static List<ApplicationView> distinctBranches(List<ApplicationView> accepted) {
        Set<Long> seen = new HashSet<>();
        return accepted.stream().filter(a -> seen.add(a.organizationId)).toList();
    }

    private List<Figures.TownshipFigures> townships(List<ApplicationView> standardized, List<ApplicationView> modelTitles) {
        Map<String, Figures.TownshipFigures> byTownship = new TreeMap<>();
        for (ApplicationView a : standardized) {
            Figures.TownshipFigures t = township(byTownship, a.townshipCode);
            t.decided += a.stage.decided() ? 1 : 0;
            t.accepted += a.stage == Stage.ACCEPTED ? 1 : 0;
        }
        for (ApplicationView a : modelTitles) {
            township(byTownship, a.townshipCode).modelBranches++;
        }
        for (Figures.TownshipFigures t : byTownship.values()) {
            t.passShare = Shares.of(t.accepted, t.decided);
            t.passPercent = Shares.percent(t.passShare);
        }
        return List.copyOf(byTownship.values());
    }

    private Figures.TownshipFigures township(Map<String, Figures.TownshipFigures> byTownship, String code) {
        return byTownship.computeIfAbsent(code == null ? "" : code, c -> {
            Figures.TownshipFigures t = new Figures.TownshipFigures();
            t.townshipCode = code;
            t.townshipName = code == null ? "市直机关" : store.nameOf(code);
            return t;
        });
    }
}
