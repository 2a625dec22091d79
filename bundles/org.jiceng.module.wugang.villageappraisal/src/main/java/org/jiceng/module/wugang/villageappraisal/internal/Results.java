package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.common.Shares;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A year's figures, summed from the results the engine computed (never stored as totals of their own). */
@Component(service = Results.class)
public class Results {
    private final Cadres cadres;
    private final Teams teams;
    private final Years years;

    @Activate
    public Results(@Reference Cadres cadres, @Reference Teams teams, @Reference Years years) {
        this.cadres = cadres;
        this.teams = teams;
        this.years = years;
    }

    Figures figures(String code, int year) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = year;
        f.state = years.view(code, year).state;
        f.subsidyTotal = BigDecimal.ZERO.setScale(2);
        f.awardTotal = BigDecimal.ZERO.setScale(2);
        double sum = 0;
        for (CadreEntity c : cadres.all(code, year)) {
            f.cadres++;
            if (c.grade == null) {
                continue;
            }
            f.appraised++;
            sum += c.total;
            switch (c.grade) {
                case AppraisalRules.EXCELLENT :
                    f.excellent++;
                    break;
                case AppraisalRules.COMPETENT :
                    f.competent++;
                    break;
                case AppraisalRules.BASIC :
                    f.basicallyCompetent++;
                    break;
                default :
                    f.incompetent++;
            }
            f.subsidyTotal = f.subsidyTotal.add(c.subsidy);
            if (c.award.signum() > 0) {
                f.commended++;
                f.awardTotal = f.awardTotal.add(c.award);
            }
            f.selectionCandidates += c.selectionCandidate ? 1 : 0;
        }
        f.averageTotal = f.appraised == 0 ? null : Math.round(sum / f.appraised * 100.0) / 100.0;
        f.excellentPercent = Shares.percent(Shares.of(f.excellent, f.appraised));
        List<TeamEntity> all = teams.all(code, year);
        f.teams = all.size();
        f.teamsAdvanced = all.stream().filter(t -> t.awarded).count();
        f.teamsFailed = all.stream().filter(t -> AppraisalRules.TEAM_FAILED.equals(t.grade)).count();
        return f;
    }
}
