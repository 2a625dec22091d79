package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.jiceng.module.ModuleRegistry;

/**
 * {@code wugang:first-secretaries-rank <code> <yyyy-MM>}: computes a month's ranking, as
 * {@code POST …/rankings/{month}/compute} does — the month-end operation the county runs by hand
 * once the hand scores are in. It writes as the shell's user (the caller the core sees) and
 * proposes the eliminations the ranking makes due.
 */
@Command(scope = "wugang", name = "first-secretaries-rank", description = "Computes a month's ranking of the first secretaries (一月一排名)")
@Service
public class FirstSecretariesRankCommand implements Action {
    @Reference
    Ranking ranking;

    @Reference
    ModuleRegistry modules;

    @Argument(index = 0, name = "code", description = "county code, e.g. 430581", required = true)
    String code;

    @Argument(index = 1, name = "month", description = "a month that is over, e.g. 2026-11", required = true)
    String month;

    @Override
    public Object execute() {
        modules.requireEnabled(Store.MODULE_ID, code);
        List<RankingRow> rows = ranking.compute(code, month, LocalDate.now());
        long flagged = rows.stream().filter(r -> r.lastThreeMonths).count();
        long poor = rows.stream().filter(r -> r.poor).count();
        System.out.printf("Ranking of %s computed for %s: %d ranked, %d last three months in a row, %d poor%n", month.trim(), code, rows.size(),
                flagged,
                poor);
        return null;
    }
}
