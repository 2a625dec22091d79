package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.common.Shares;
import org.jiceng.module.ModuleRegistry;

/** {@code xiajiang:dashboard <code> [year]}: the year's figures of the three members in a jurisdiction. */
@Command(scope = "xiajiang", name = "dashboard", description = "Figures of the \"three members\" (三员) for a jurisdiction and year")
@Service
public class DashboardCommand implements Action {
    @Reference
    DashboardService dashboard;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 360823", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "dispatch year (default: this year)", required = false)
    Integer year;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        Dashboard d = dashboard.dashboard(code, Store.yearOrCurrent(year), LocalDate.now());
        StringBuilder out = new StringBuilder();
        out.append(String.format("三员 %s %d%n", d.jurisdictionCode, d.year));
        out.append(String.format("targets          organ branches %d, two-new organizations %d, domains %d%n", d.organBranches, d.twoNewOrganizations,
                d.domains));
        out.append(String.format("dispatched       %d (commissioners %d, instructors %d, supervisors %d)%n", d.dispatched, d.commissioners,
                d.instructors,
                d.supervisors));
        out.append(String.format("non-leading      %d (%s%%)%n", d.nonLeading, Shares.percent(d.nonLeadingShare)));
        out.append(String.format("upgraded         %d of %d branches (%s%%)%n", d.branchesUpgraded, d.branches, Shares.percent(d.upgradedShare)));
        out.append(String.format("six goods        %d%n", d.sixGoods));
        out.append(String.format("problems         found %d, rectified %d%n", d.problemsFound, d.problemsRectified));
        out.append(String.format("supervision      held %d, overdue %d; report meetings %d%n", d.supervisionsHeld, d.supervisionsOverdue,
                d.reportMeetings));
        out.append(String.format("assessment       %d assessed, %d commended, %d criticized%n", d.assessed, d.commended, d.criticized));
        System.out.print(out);
        return null;
    }

}
