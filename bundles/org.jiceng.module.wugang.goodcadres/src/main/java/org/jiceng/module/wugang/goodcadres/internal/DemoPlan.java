package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the demo's committee decides for the nominee at a given place in its merit order (0 = best
 * of 100). The seed gives five rounds and about 80 % eliminated; how the 80 split over the rounds
 * is this plan's: 初评 keeps the best 60 (40 out), 考察 the best 40 (20 out), 二评 the best 25
 * (15 out); four of the 25 on the public notice draw an objection, two of them upheld (2 out in
 * 公示); 审定 approves the best 20 of the 23 left, the quota (3 out): 80 eliminated, 20 approved.
 * Every figure comes out of these decisions taken through the module's services.
 */
final class DemoPlan {
    static final int NOMINATIONS = 100;
    static final int QUOTA = 20;
    /** How many of the merit order pass each round (the public notice keeps everyone without an upheld objection). */
    static final int PASS_FIRST_REVIEW = 60;
    static final int PASS_INSPECTION = 40;
    static final int PASS_SECOND_REVIEW = 25;
    static final Set<Integer> OBJECTION_UPHELD = Set.of(21, 23);
    static final Set<Integer> OBJECTION_DISMISSED = Set.of(3, 10);

    private final int year;

    DemoPlan(int year) {
        this.year = year;
    }

    /** 40 unit, 25 individual, 20 public and 15 self nominations. */
    static Channel channel(int place) {
        return place % 20 < 8 ? Channel.UNIT : place % 20 < 13 ? Channel.INDIVIDUAL : place % 20 < 17 ? Channel.PUBLIC : Channel.SELF;
    }

    static boolean passes(Round round, int place) {
        return switch (round) {
            case FIRST_REVIEW -> place < PASS_FIRST_REVIEW;
            case INSPECTION -> place < PASS_INSPECTION;
            case SECOND_REVIEW -> place < PASS_SECOND_REVIEW;
            case PUBLIC_NOTICE -> !OBJECTION_UPHELD.contains(place);
            case APPROVAL -> place < QUOTA;
        };
    }

    static String eliminationReason(Round round) {
        return switch (round) {
            case FIRST_REVIEW -> "初评得票未进入前60名";
            case INSPECTION -> "考察中“五讲五好”标准有差距";
            case SECOND_REVIEW -> "二评得票未进入前25名";
            case PUBLIC_NOTICE -> "公示期间反映问题经核查属实";
            case APPROVAL -> "名额所限，审定未通过";
        };
    }

    // The campaign's calendar, all in last year so the objection period is long over.
    LocalDate nominationDeadline() {
        return LocalDate.of(year, 3, 31);
    }

    LocalDate nominatedOn(int place) {
        return LocalDate.of(year, 3, 1).plusDays(place % 28);
    }

    LocalDate decidedOn(Round round) {
        return switch (round) {
            case FIRST_REVIEW -> LocalDate.of(year, 4, 15);
            case INSPECTION -> LocalDate.of(year, 5, 20);
            case SECOND_REVIEW -> LocalDate.of(year, 6, 10);
            case PUBLIC_NOTICE -> noticeTo().plusDays(4);
            case APPROVAL -> LocalDate.of(year, 7, 5);
        };
    }

    /** Seven days hold five working days, whatever the weekday they start on. */
    LocalDate noticeFrom() {
        return LocalDate.of(year, 6, 15);
    }

    LocalDate noticeTo() {
        return noticeFrom().plusDays(6);
    }

    LocalDate objectionRaisedOn() {
        return noticeFrom().plusDays(2);
    }

    LocalDate objectionResolvedOn() {
        return noticeTo().plusDays(2);
    }
}
