package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

/**
 * What the demo's year holds, as plain functions of a studio's and a delegate's place. The seed gives
 * 371 delegates in 21 studios, each linked to one village and ten households, and names the duties;
 * how often each duty happens is this plan's: four activity days a studio a year (quarterly), a
 * research visit (even places) and an inspection (odd places, and places 0-3 on both), four city
 * committee meetings with ten delegates each, one inquiry and two proposals a studio (the last
 * studio's two still in handling), then each studio's evaluation meeting after the year.
 * Attendance is set so the 民主评议 comes out as a county would expect it under the module's rules
 * (the seed gives no distribution): 63 优秀, 224 称职, 63 基本称职 and 21 不称职, the last being
 * the one delegate of each studio who missed three of the four activity days.
 */
final class DemoPlan {
    static final int DELEGATES = 371;
    static final int STUDIOS = 21;
    static final int ACTIVITY_DAYS = 4;
    static final int MEETINGS = 4;
    static final int PER_MEETING = 10;
    static final int PROPOSALS_PER_STUDIO = 2;
    static final int VOTES = 20;

    private final int year;

    DemoPlan(int year) {
        this.year = year;
    }

    int year() {
        return year;
    }

    /** 371 delegates over 21 studios: 14 studios of 18 and 7 of 17. */
    static int delegatesOf(int studio) {
        return DELEGATES / STUDIOS + (studio < DELEGATES % STUDIOS ? 1 : 0);
    }

    /** The term of the city congress elected two years before the demo's year, five years long. */
    LocalDate termStart() {
        return LocalDate.of(year - 2, 9, 1);
    }

    LocalDate termEnd() {
        return termStart().plusYears(DelegateRules.TERM_YEARS).minusDays(1);
    }

    LocalDate contactsLinkedOn() {
        return termStart().plusMonths(1);
    }

    LocalDate activityDay(int studio, int quarter) {
        return LocalDate.of(year, 3 * quarter + 2, 5 + studio);
    }

    /** Most delegates attend every activity day, one in six misses one; place 16 misses three of the four (and is capped at 基本称职). */
    static boolean attends(int place, int quarter) {
        return (place + quarter) % 12 != 11 && !(place == 16 && quarter < 3);
    }

    /** The studio's research visit is made by all its delegates. */
    static boolean onResearch(int place) {
        return true;
    }

    /** Three in four of the studio's delegates take part in its inspection. */
    static boolean onInspection(int place) {
        return place % 4 != 3;
    }

    LocalDate research(int studio) {
        return LocalDate.of(year, 4, 20).plusDays(studio);
    }

    LocalDate inspection(int studio) {
        return LocalDate.of(year, 10, 8).plusDays(studio);
    }

    LocalDate meeting(int m) {
        return LocalDate.of(year, 1 + 3 * m, 20);
    }

    LocalDate inquiry(int studio) {
        return LocalDate.of(year, 5, 5).plusDays(studio);
    }

    LocalDate proposalFiled(int studio) {
        return LocalDate.of(year, 2, 10).plusDays(studio);
    }

    LocalDate proposalAssigned(int studio) {
        return proposalFiled(studio).plusDays(20);
    }

    LocalDate proposalDeadline(int studio) {
        return proposalAssigned(studio).plusMonths(3);
    }

    LocalDate proposalAnswered(int studio) {
        return proposalAssigned(studio).plusMonths(2);
    }

    /** The last studio's proposals are still with the handling units: 40 of 42 handled. */
    static boolean answered(int studio) {
        return studio < STUDIOS - 1;
    }

    /** Three of the answered proposals leave their delegate basically satisfied, the others satisfied. */
    static Satisfaction satisfaction(int studio, int n) {
        return studio % 7 == 3 && n == 1 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
    }

    /** The evaluation meeting's satisfied votes of 20 for the delegate at a place. */
    static int satisfiedVotes(int place) {
        return VOTES - (place % 5 == 4 ? 4 : place % 9 == 8 ? 12 : 0);
    }

    /** Every studio meets in the first days after the year (never later than today). */
    LocalDate evaluatedOn(LocalDate today) {
        LocalDate planned = LocalDate.of(year + 1, 1, 10);
        return planned.isAfter(today) ? today : planned;
    }
}
