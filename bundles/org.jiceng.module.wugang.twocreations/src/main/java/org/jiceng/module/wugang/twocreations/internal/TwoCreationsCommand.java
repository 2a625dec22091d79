package org.jiceng.module.wugang.twocreations.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.module.ModuleRegistry;

/** {@code wugang:two-creations <code> [year]}: the year's applications, acceptances, pass rate and model branches, as {@code …/figures} answers. */
@Command(scope = "wugang", name = "two-creations", description = "Figures of the two creations (两个创建): applications, accepted, pass rate, model branches")
@Service
public class TwoCreationsCommand implements Action {
    @Reference
    Results results;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "year of the applications (default: this year)", required = false)
    Integer year;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        Figures f = results.figures(code, year, LocalDate.now());
        StringBuilder out = new StringBuilder();
        out.append(String.format("两个创建 %s %d%n", f.jurisdictionCode, f.year));
        out.append(String.format("%-14s %8s %8s %8s %8s %8s %8s%n", "", "applied", "self", "crossed", "accepted", "rejected", "open"));
        out.append(level("standardized", f.standardized));
        out.append(level("model", f.model));
        out.append(String.format("pass rate      %s%% of the standardized applications decided%n", f.passPercent));
        out.append(String.format("branches       standardized %d, model %d%n", f.standardizedBranches, f.modelBranches));
        for (Figures.TownshipFigures t : f.townships) {
            out.append(
                    String.format("  %-20s decided %4d, accepted %4d (%s%%), model %d%n", t.townshipName == null ? "county organs" : t.townshipName,
                            t.decided, t.accepted, t.passPercent, t.modelBranches));
        }
        System.out.print(out);
        return null;
    }

    private static String level(String name, Figures.LevelFigures l) {
        return String.format("%-14s %8d %8d %8d %8d %8d %8d%n", name, l.applied, l.selfChecked, l.crossInspected, l.accepted, l.rejected, l.open);
    }
}
