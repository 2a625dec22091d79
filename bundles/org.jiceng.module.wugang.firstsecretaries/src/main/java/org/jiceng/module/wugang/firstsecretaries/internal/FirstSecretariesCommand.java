package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.common.Pages;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.registry.JurisdictionService;

/**
 * {@code wugang:first-secretaries <code> <yyyy-MM>}: the on-post figures, the month's ranking and
 * who is flagged — the figures the county reports and the names its monthly meeting talks about.
 */
@Command(scope = "wugang", name = "first-secretaries", description = "On-post figures, a month's ranking and the flagged first secretaries (第一书记)")
@Service
public class FirstSecretariesCommand implements Action {
    @Reference
    OnPost onPost;

    @Reference
    Ranking ranking;

    @Reference
    Presence presence;

    @Reference
    Thresholds thresholds;

    @Reference
    JurisdictionService jurisdictions;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "jurisdiction code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "month", description = "month of the ranking, e.g. 2026-11", required = true)
    String month;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        YearMonth m = Store.month("month", month);
        LocalDate today = LocalDate.now();
        Figures f = onPost.figures(code, today);
        List<RankingRow> rows = ranking.all(code, m.toString());
        List<MonthPresence> shortfalls = Pages.all("assignmentId", Presence.SORT.keySet(), p -> presence.months(code, m, true, p, today));
        Map<String, String> villages = new HashMap<>();
        StringBuilder out = new StringBuilder();
        out.append(String.format("第一书记 %s %s%n", code, m));
        out.append(String.format("sent since %s  %d, serving %d, on post %d (%s%%)%n", f.sentSince, f.sent, f.serving, f.onPost, f.onPostPercent));
        out.append(String.format("eliminations      proposed %d, replaced %d%n", f.eliminationsProposed, f.eliminationsReplaced));
        out.append(String.format("ranked            %d%n", rows.size()));
        if (!rows.isEmpty()) {
            out.append(String.format("%5s  %-12s %-24s %7s  %s%n", "Rank", "Name", "Village", "Score", "Grade"));
            for (RankingRow r : rows) {
                out.append(
                        String.format("%5s  %-12s %-24s %7.1f  %s%n", r.rank + "/" + r.groupSize, r.memberName, village(r.jurisdictionCode, villages),
                                r.total, r.grade));
            }
        }
        out.append(String.format("presence short    %d (below %d days or %d nights)%n", shortfalls.size(), thresholds.minDays(),
                thresholds.minNights()));
        for (MonthPresence p : shortfalls) {
            out.append(String.format("  %-12s %-24s %2d days, %2d nights%n", p.memberName, village(p.jurisdictionCode, villages), p.daysInVillage,
                    p.nightsInVillage));
        }
        List<RankingRow> lastPlace = rows.stream().filter(r -> r.lastThreeMonths).toList();
        out.append(String.format("last 3 in a row   %d%n", lastPlace.size()));
        for (RankingRow r : lastPlace) {
            out.append(String.format("  %-12s %-24s streak %d, %.1f%s%n", r.memberName, village(r.jurisdictionCode, villages), r.lastPlaceStreak,
                    r.total,
                    r.poor ? " (poor)" : ""));
        }
        System.out.print(out);
        return null;
    }

    private String village(String villageCode, Map<String, String> names) {
        return names.computeIfAbsent(villageCode, c -> jurisdictions.nameOf(c));
    }
}
