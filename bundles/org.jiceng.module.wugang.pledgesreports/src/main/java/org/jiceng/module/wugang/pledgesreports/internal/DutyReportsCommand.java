package org.jiceng.module.wugang.pledgesreports.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.module.ModuleRegistry;

/**
 * {@code wugang:duty-reports <code> <year>}: the year's reporting rounds (reports expected, submitted,
 * overdue, grades) and the pledge cascade per level — the figures {@code …/rounds/figures} and the
 * SOAP service give upper-level systems.
 */
@Command(scope = "wugang", name = "duty-reports", description = "Figures of the year's duty reports (述职评议) and responsibility pledges (责任书)")
@Service
public class DutyReportsCommand implements Action {
    @Reference
    DutyRounds rounds;

    @Reference
    Pledges pledges;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "year, e.g. 2026", required = true)
    Integer year;

    @Override
    public Object execute() {
        modules.requireEnabled(Wugang.MODULE_ID, code);
        StringBuilder out = new StringBuilder();
        out.append(String.format("述职评议与责任书 %s %d%n", code, year));
        out.append(String.format("%-4s %-8s %8s %9s %7s %9s  %s%n", "", "status", "expected", "submitted", "overdue", "evaluated",
                "好/较好/一般/差 (好 %)"));
        for (RoundFigures r : rounds.figures(code, year)) {
            out.append(String.format("%-4s %-8s %8d %9d %7d %9d  %d/%d/%d/%d (%s%%)  %s%n", r.period, r.status, r.expected, r.submitted, r.overdue,
                    r.evaluated, r.gradedExcellent, r.gradedGood, r.gradedFair, r.gradedPoor, r.excellentPercent, r.title));
        }
        for (PledgeFigures p : pledges.figures(code, year)) {
            out.append(String.format("pledges %-8s jurisdictions %4d, pledged %4d, signed %4d (%s%%), assessed %4d%n", p.level, p.jurisdictions,
                    p.pledged, p.signed, p.signedPercent, p.assessed));
        }
        System.out.print(out);
        return null;
    }
}
