package org.jiceng.module.wugang.standingdelegates.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.module.ModuleRegistry;

/** {@code wugang:standing-delegates <code> <year>}: delegates, studios, households, the year's duties, proposals and evaluations, as {@code …/figures} answers. */
@Command(scope = "wugang", name = "standing-delegates", description = "Figures of the standing delegates (党代表常任制) for a year")
@Service
public class StandingDelegatesCommand implements Action {
    @Reference
    Statistics statistics;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "year of the duties and evaluations, e.g. 2026", required = true)
    Integer year;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        Figures f = statistics.figures(code, year);
        StringBuilder out = new StringBuilder();
        out.append(String.format("党代表常任制 %s %d%n", f.jurisdictionCode, f.year));
        out.append(String.format("delegates      %d serving (%d in the registry, %d ended), studios %d%n", f.delegates, f.delegatesInRegistry,
                f.delegatesEnded, f.studios));
        out.append(String.format("contacts       %d with a village, %d with ten households; villages %d, households %d%n", f.delegatesWithVillage,
                f.delegatesWithTenHouseholds, f.villagesCovered, f.householdsCovered));
        out.append(String.format("duties         activity days %d (attendance %s%%), research %d, inspections %d, meetings %d, inquiries %d%n",
                f.activityDays, f.attendancePercent, f.researchVisits, f.inspections, f.meetings, f.inquiries));
        out.append(String.format("proposals      %d filed, %d assigned, %d answered (%s%%), %d satisfied (%s%%)%n", f.proposals, f.proposalsAssigned,
                f.proposalsHandled, f.handledPercent, f.proposalsSatisfied, f.satisfiedPercent));
        out.append(String.format("evaluations    %d: 优秀 %d, 称职 %d, 基本称职 %d, 不称职 %d%n", f.evaluated, f.excellent, f.competent, f.basicallyCompetent,
                f.incompetent));
        System.out.print(out);
        return null;
    }
}
