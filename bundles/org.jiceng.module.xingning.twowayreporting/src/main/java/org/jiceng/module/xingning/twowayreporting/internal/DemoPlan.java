package org.jiceng.module.xingning.twowayreporting.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * How last year's round goes in the demo. The seed gives the system and the number of secretaries
 * (20 镇街) but no scores; the demo registry holds 兴宁's 17 towns, so 17 secretaries report. Nine
 * members of the city committee score every report at the plenary session (UPPER); at the town's
 * cadres' meeting every other member of the town committee and one cadre of each village score it
 * (LOWER). Each town has one average per direction — the scores spread ±2 around it, pair by pair,
 * so the average comes out exact whatever the number of raters:
 * <ul>
 * <li>the first four towns (in code order) 93 from above, 91 from below: weighted 92.00 at 50/50,
 * recommended for commendation and promotion;</li>
 * <li>the next eleven 84–88 from above and 82–85 from below: retained;</li>
 * <li>the sixteenth 80 from above but 70 from below: weighted 75.00, yet talked to, because the
 * cadres below score it under 75 — what asking them is for;</li>
 * <li>the last 72 and 68: weighted 70.00, talked to.</li>
 * </ul>
 * With the default weighting: 4 recommended, 11 retained, 2 talked to.
 */
final class DemoPlan {
    static final List<String> COMMITTEE_MEMBERS = List.of("市委书记", "市委副书记、市长", "市委专职副书记", "市纪委书记", "市委组织部部长", "市委宣传部部长", "市委统战部部长",
            "市委政法委书记", "市委常委、常务副市长");

    private final int year;

    DemoPlan(int year) {
        this.year = year;
    }

    int year() {
        return year;
    }

    /** The average score from above of the town at {@code index} (code order) of {@code towns}. */
    static int upperAverage(int index, int towns) {
        if (index < 4) {
            return 93;
        }
        if (index == towns - 2) {
            return 80;
        }
        if (index == towns - 1) {
            return 72;
        }
        return 84 + index % 5;
    }

    static int lowerAverage(int index, int towns) {
        if (index < 4) {
            return 91;
        }
        if (index == towns - 2) {
            return 70;
        }
        if (index == towns - 1) {
            return 68;
        }
        return 82 + index % 4;
    }

    /** Rater {@code rater} of {@code raters}: +2 and −2 in pairs, the average itself for an odd last one. */
    static int score(int average, int rater, int raters) {
        if (raters % 2 == 1 && rater == raters - 1) {
            return average;
        }
        return rater % 2 == 0 ? average + 2 : average - 2;
    }

    // The calendar, all in last year so the round is closed and the list final.
    LocalDate submitted() {
        return LocalDate.of(year, 12, 20);
    }

    /** The town and village cadres' meeting (镇村干部大会) comes first, in each town. */
    LocalDate lowerSitting() {
        return LocalDate.of(year, 12, 24);
    }

    /** Then the city committee's plenary session (市委全委会). */
    LocalDate upperSitting() {
        return LocalDate.of(year, 12, 28);
    }

    LocalDate closed() {
        return LocalDate.of(year, 12, 31);
    }
}
