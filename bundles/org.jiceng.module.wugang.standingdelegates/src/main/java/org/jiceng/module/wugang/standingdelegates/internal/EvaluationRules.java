package org.jiceng.module.wugang.standingdelegates.internal;

/**
 * How a delegate's year is scored and graded in 民主评议 (100 points), from the year's records and
 * the votes of the studio's evaluation meeting. The module's own rules rather than the scoring
 * engine: the evaluation is yearly and per delegate over counts this module holds, it must say
 * which record a point came from, and 371 delegates would otherwise each cost the engine several
 * calls a year.
 *
 * <ul>
 * <li>activity days attended: 40 × attended / held (no day held costs nothing)</li>
 * <li>research and inspection visits: 10 each, at most 20</li>
 * <li>proposals and suggestions filed: 10 for the first</li>
 * <li>meetings attended (列席) and inquiries (询问/质询): 5 each, at most 10</li>
 * <li>contacts complete (one village and ten households): 10</li>
 * <li>the evaluation meeting's votes: 10 × satisfied / cast</li>
 * </ul>
 * 85 and above 优秀, 70 称职, 60 基本称职, below 不称职; a delegate who missed more than half of the
 * activity days is at best 基本称职, whatever the points.
 */
final class EvaluationRules {
    static final int EXCELLENT_FROM = 85;
    static final int COMPETENT_FROM = 70;
    static final int BASICALLY_COMPETENT_FROM = 60;

    /** What a delegate's year holds, as counted from the records. */
    record YearRecord(int activityDaysHeld, int activityDaysAttended, int visits, int proposals, int meetingsAndInquiries,
            boolean contactsComplete, int votesSatisfied, int votesTotal) {
    }

    private EvaluationRules() {
    }

    static int score(YearRecord r) {
        int activity = r.activityDaysHeld() == 0 ? 40 : Math.round(40f * r.activityDaysAttended() / r.activityDaysHeld());
        int visits = Math.min(20, 10 * r.visits());
        int proposals = r.proposals() > 0 ? 10 : 0;
        int meetings = Math.min(10, 5 * r.meetingsAndInquiries());
        int contacts = r.contactsComplete() ? 10 : 0;
        int votes = r.votesTotal() == 0 ? 0 : Math.round(10f * r.votesSatisfied() / r.votesTotal());
        return activity + visits + proposals + meetings + contacts + votes;
    }

    static Grade grade(YearRecord r) {
        int score = score(r);
        Grade byPoints = score >= EXCELLENT_FROM
                ? Grade.EXCELLENT
                : score >= COMPETENT_FROM ? Grade.COMPETENT : score >= BASICALLY_COMPETENT_FROM ? Grade.BASICALLY_COMPETENT : Grade.INCOMPETENT;
        boolean missedMostDays = r.activityDaysHeld() > 0 && 2 * r.activityDaysAttended() < r.activityDaysHeld();
        return missedMostDays && byPoints.ordinal() < Grade.BASICALLY_COMPETENT.ordinal() ? Grade.BASICALLY_COMPETENT : byPoints;
    }
}
