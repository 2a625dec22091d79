package org.jiceng.module.wugang.villageappraisal.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleRegistry;

/** {@code wugang:village-appraisal <code> <year>}: where the year stands and what its grades fixed, as {@code …/years/{year}/figures} answers. */
@Command(scope = "wugang", name = "village-appraisal", description = "State, grades and subsidy total of a year's village cadre appraisal (村干部绩效考核)")
@Service
public class VillageAppraisalCommand implements Action {
    @Reference
    Results results;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "year", description = "appraisal year, e.g. 2025", required = true)
    String year;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        Figures f = results.figures(code, Params.year("year", year));
        StringBuilder out = new StringBuilder();
        out.append(String.format("村干部绩效考核 %s %d%n", f.jurisdictionCode, f.year));
        out.append(String.format("state          %s%n", f.state));
        out.append(String.format("cadres         %d, appraised %d, average total %s%n", f.cadres, f.appraised,
                f.averageTotal == null ? "-" : String.format("%.1f", f.averageTotal)));
        out.append(String.format("grades         优秀 %d (%s%%), 称职 %d, 基本称职 %d, 不称职 %d%n", f.excellent, f.excellentPercent, f.competent,
                f.basicallyCompetent, f.incompetent));
        out.append(String.format("subsidy total  %s yuan%n", f.subsidyTotal == null ? "0" : f.subsidyTotal.toPlainString()));
        out.append(String.format("commended      %d, awards %s yuan; selection candidates %d%n", f.commended,
                f.awardTotal == null ? "0" : f.awardTotal.toPlainString(), f.selectionCandidates));
        out.append(String.format("teams          %d, advanced %d, failed %d%n", f.teams, f.teamsAdvanced, f.teamsFailed));
        System.out.print(out);
        return null;
    }
}
