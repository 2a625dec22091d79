package org.jiceng.module.wugang.goodcadres.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;

/**
 * 武冈's selection rules as plain functions over values (《武冈市好干部评选与使用办法》 and the
 * public-notice rule of cadre selection). Each refusal is a 422 naming its rule.
 */
final class SelectionRules {
    /** The selection is the county committee's (武冈市委): campaigns are held at county level only. */
    static final String CAMPAIGN_BY_COUNTY = "campaign-by-county";
    static final String NOMINATIONS_CLOSED = "nominations-closed";
    static final String ALREADY_NOMINATED = "nominee-already-nominated";
    static final String NOMINEE_ELIMINATED = "nominee-eliminated";
    static final String NOMINEE_APPROVED = "nominee-already-approved";
    static final String ROUND_ORDER = "round-order";
    static final String NOTICE_NOT_PUBLISHED = "notice-not-published";
    static final String NOTICE_ALREADY_PUBLISHED = "notice-already-published";
    static final String NOTICE_TOO_SHORT = "notice-period-too-short";
    static final String NOT_ON_NOTICE = "nominee-not-on-notice";
    static final String OBJECTION_OUTSIDE_PERIOD = "objection-outside-period";
    static final String OBJECTION_PERIOD_NOT_OVER = "objection-period-not-over";
    static final String OBJECTION_UNRESOLVED = "objection-unresolved";
    static final String OBJECTION_UPHELD = "objection-upheld";
    static final String OBJECTION_RESOLVED = "objection-already-resolved";
    static final String QUOTA_REACHED = "quota-reached";

    /** 公示期不少于5个工作日: the notice runs at least five working days. */
    static final int MIN_NOTICE_WORKING_DAYS = 5;

    private SelectionRules() {
    }

    /** Nominations are taken up to the campaign's deadline, inclusive. */
    static void checkNominationOpen(LocalDate deadline, LocalDate nominatedOn) {
        if (nominatedOn.isAfter(deadline)) {
            throw new RuleViolationException(NOMINATIONS_CLOSED, "Nominations closed on " + deadline + "; this one is dated " + nominatedOn);
        }
    }

    /** Only a nominee still in the rounds can be decided on: an eliminated one stays out, an approved one is done. */
    static void checkInReview(long nominationId, NominationStatus status, Round eliminatedIn) {
        if (status == NominationStatus.ELIMINATED) {
            throw new RuleViolationException(NOMINEE_ELIMINATED, "Nomination " + nominationId + " was eliminated in "
                    + (eliminatedIn == null ? "an earlier round" : eliminatedIn.key() + " (" + eliminatedIn.nameZh() + ")")
                    + " and cannot go on to another round");
        }
        if (status == NominationStatus.APPROVED) {
            throw new RuleViolationException(NOMINEE_APPROVED, "Nomination " + nominationId + " was already approved as a good cadre");
        }
    }

    /** The rounds are decided one at a time, in order, never skipped. */
    static void checkRound(long nominationId, Round current, Round requested) {
        if (current != requested) {
            throw new RuleViolationException(ROUND_ORDER, "Nomination " + nominationId + " is in round " + current.key() + " (" + current.nameZh()
                    + "), not " + requested.key() + " (" + requested.nameZh() + ")");
        }
    }

    /** Working days (Monday to Friday) from {@code from} to {@code to}, both included. */
    static int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    /** A notice is published once, for at least five working days. */
    static void checkNoticePeriod(LocalDate publishedFrom, LocalDate from, LocalDate to) {
        if (publishedFrom != null) {
            throw new RuleViolationException(NOTICE_ALREADY_PUBLISHED, "The public notice was already published from " + publishedFrom);
        }
        int working = workingDays(from, to);
        if (working < MIN_NOTICE_WORKING_DAYS) {
            throw new RuleViolationException(NOTICE_TOO_SHORT, "The public notice runs " + working + " working day(s) from " + from + " to " + to
                    + "; it must run at least " + MIN_NOTICE_WORKING_DAYS);
        }
    }

    /** Any decision of the public-notice round needs the notice published. */
    static void checkNoticePublished(LocalDate noticeFrom) {
        if (noticeFrom == null) {
            throw new RuleViolationException(NOTICE_NOT_PUBLISHED, "The campaign's public notice is not published yet");
        }
    }

    /** Objections are taken against nominees on the notice, during its period. */
    static void checkObjectionWindow(long nominationId, NominationStatus status, Round current, LocalDate noticeFrom, LocalDate noticeTo,
            LocalDate raisedOn) {
        if (status != NominationStatus.IN_REVIEW || current != Round.PUBLIC_NOTICE || noticeFrom == null) {
            throw new RuleViolationException(NOT_ON_NOTICE, "Nomination " + nominationId + " is not on a published public notice (status " + status
                    + (current == null ? "" : ", round " + current.key()) + ")");
        }
        if (raisedOn.isBefore(noticeFrom) || raisedOn.isAfter(noticeTo)) {
            throw new RuleViolationException(OBJECTION_OUTSIDE_PERIOD, "Objections are taken from " + noticeFrom + " to " + noticeTo + ", not on "
                    + raisedOn);
        }
    }

    /**
     * A nominee passes the public notice only once the objection period is over and every objection
     * against them was looked into and none upheld; an upheld objection eliminates.
     */
    static void checkNoticeCleared(long nominationId, LocalDate noticeFrom, LocalDate noticeTo, LocalDate decidedOn, long openObjections,
            long upheldObjections) {
        checkNoticePublished(noticeFrom);
        if (!decidedOn.isAfter(noticeTo)) {
            throw new RuleViolationException(OBJECTION_PERIOD_NOT_OVER, "The objection period of the public notice runs to " + noticeTo
                    + ": nomination " + nominationId + " cannot pass it on " + decidedOn);
        }
        if (openObjections > 0) {
            throw new RuleViolationException(OBJECTION_UNRESOLVED, "Nomination " + nominationId + " has " + openObjections
                    + " objection(s) not yet looked into");
        }
        if (upheldObjections > 0) {
            throw new RuleViolationException(OBJECTION_UPHELD, "Nomination " + nominationId + " has " + upheldObjections
                    + " upheld objection(s): it can only be eliminated");
        }
    }

    /** 审定 approves no more good cadres than the campaign's quota (the seed's 百名好干部). */
    static void checkQuota(long approved, int quota) {
        if (approved >= quota) {
            throw new RuleViolationException(QUOTA_REACHED, "The campaign's quota of " + quota + " good cadres is reached");
        }
    }
}
