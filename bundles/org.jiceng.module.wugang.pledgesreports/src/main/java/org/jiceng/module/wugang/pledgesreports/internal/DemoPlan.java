package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;

/**
 * How last year's two rounds and pledges go in the demo. The seed gives no ratings: this plan's
 * townships (in code order) stand strong (the first four), middling (the next four) and weak (the
 * rest) at mid-year; by the year-end round the fifth has become strong and the ninth middling — the
 * seed's point that reporting twice a year turns "一天的事" into "一年的事". Five members of the city
 * committee rate every report (UPPER), and every village secretary of the township rates it (LOWER).
 * Under the engine's grade rule a strong township comes out 好, a middling one 较好, a weak one 一般:
 * with ten townships, 4 好 / 4 较好 / 2 一般 at mid-year and 5 好 / 4 较好 / 1 一般 at year-end.
 */
final class DemoPlan {
    static final List<String> UPPER_RATERS = List.of("市委书记", "市委副书记", "市委组织部部长", "市纪委书记", "市委宣传部部长");

    /** How a township stands in a round. */
    enum Standing {
        STRONG, MIDDLING, WEAK
    }

    private final int year;

    DemoPlan(int year) {
        this.year = year;
    }

    int year() {
        return year;
    }

    static Standing standing(int township, ReportPeriod period) {
        if (township < 4 || (period == ReportPeriod.H2 && township == 4)) {
            return Standing.STRONG;
        }
        if (township < 8 || (period == ReportPeriod.H2 && township == 8)) {
            return Standing.MIDDLING;
        }
        return Standing.WEAK;
    }

    /** The city committee's five ratings: 4 好 1 较好; 2 好 2 较好 1 一般; 1 较好 3 一般 1 差. */
    static Rating upper(Standing s, int rater) {
        return switch (s) {
            case STRONG -> rater < 4 ? Rating.EXCELLENT : Rating.GOOD;
            case MIDDLING -> rater < 2 ? Rating.EXCELLENT : rater < 4 ? Rating.GOOD : Rating.FAIR;
            case WEAK -> rater < 1 ? Rating.GOOD : rater < 4 ? Rating.FAIR : Rating.POOR;
        };
    }

    /** The village secretaries' ratings, of {@code raters}: about 70 % 好; 40 % 好 40 % 较好; 60 % 一般 and the rest 差. */
    static Rating lower(Standing s, int rater, int raters) {
        double place = (double) rater / raters;
        return switch (s) {
            case STRONG -> place < 0.7 ? Rating.EXCELLENT : Rating.GOOD;
            case MIDDLING -> place < 0.4 ? Rating.EXCELLENT : place < 0.8 ? Rating.GOOD : Rating.FAIR;
            case WEAK -> place < 0.6 ? Rating.FAIR : Rating.POOR;
        };
    }

    /** A sitting's evaluations of one report: the committee's, then the villages'. */
    static List<Rated> sitting(Standing s, List<String> villageSecretaries) {
        List<Rated> out = new ArrayList<>();
        for (int i = 0; i < UPPER_RATERS.size(); i++) {
            out.add(new Rated(RaterKind.UPPER, UPPER_RATERS.get(i), upper(s, i)));
        }
        for (int i = 0; i < villageSecretaries.size(); i++) {
            out.add(new Rated(RaterKind.LOWER, villageSecretaries.get(i), lower(s, i, villageSecretaries.size())));
        }
        return out;
    }

    /** One planned rating. */
    record Rated(RaterKind kind, String rater, Rating rating) {
    }

    /** Whether a township's pledge item (by position) was met: the weak townships missed 两个创建 (the second item). */
    static boolean townshipItemMet(int township, int item) {
        return !(township >= 8 && item == 1);
    }

    /** Whether a village's pledge item was met: every seventh village missed 三会一课 (the first item). */
    static boolean villageItemMet(int village, int item) {
        return !(village % 7 == 6 && item == 0);
    }

    // The calendar, all in last year so every round is closed and every pledge assessable.
    LocalDate townshipsSign() {
        return LocalDate.of(year, 1, 20);
    }

    LocalDate villagesSign() {
        return LocalDate.of(year, 2, 10);
    }

    LocalDate villagesAssessed() {
        return LocalDate.of(year, 12, 20);
    }

    LocalDate townshipsAssessed() {
        return LocalDate.of(year, 12, 28);
    }

    LocalDate submitted(ReportPeriod period) {
        return period == ReportPeriod.H1 ? LocalDate.of(year, 6, 26) : LocalDate.of(year, 12, 22);
    }

    /** The mid-year sitting is held on 七一. */
    LocalDate rated(ReportPeriod period) {
        return period == ReportPeriod.H1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 12, 29);
    }

    LocalDate closed(ReportPeriod period) {
        return period == ReportPeriod.H1 ? LocalDate.of(year, 7, 10) : LocalDate.of(year, 12, 31);
    }
}
