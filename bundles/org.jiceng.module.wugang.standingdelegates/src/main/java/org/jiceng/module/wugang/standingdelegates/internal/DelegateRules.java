package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;

/**
 * 武冈's rules of the standing delegates (党代表任期制, the "1+4" system and the 进百室走千村入万家
 * activity) as plain functions over values. Each refusal is a 422 naming its rule.
 */
final class DelegateRules {
    static final String ONE_VILLAGE = "one-village-per-delegate";
    static final String VILLAGE_OUTSIDE_STUDIO = "village-outside-studio-area";
    static final String VILLAGE_NOT_LINKED = "village-not-linked";
    static final String TEN_HOUSEHOLDS = "ten-households-per-delegate";
    static final String OUTSIDE_TERM = "delegate-outside-term";
    static final String NOT_IN_STUDIO = "delegate-not-in-studio";
    static final String MEMBER_ALREADY_DELEGATE = "member-already-delegate";
    static final String ALREADY_ENDED = "delegate-already-ended";
    static final String PROPOSAL_STEP = "proposal-step-order";
    static final String INQUIRY_ANSWERED = "inquiry-already-answered";
    static final String YEAR_NOT_OVER = "evaluation-year-not-over";
    static final String EVALUATED_ONCE = "evaluated-once-a-year";
    static final String NOT_SERVING_IN_YEAR = "delegate-not-serving-in-year";
    static final String MEETING_BY_COUNTY = "meeting-by-county";

    /** 每名党代表联系10户群众: the county requires exactly ten households per delegate. */
    static final int HOUSEHOLDS_PER_DELEGATE = 10;
    /** A city Party congress is elected for five years (党代表任期与党代表大会届期相同). */
    static final int TERM_YEARS = 5;

    private DelegateRules() {
    }

    /** 每名党代表联系1个村(社区): a delegate keeps one village; linking the same one again changes nothing. */
    static void checkOneVillage(long delegateId, String linked, String requested) {
        if (linked != null && !linked.equals(requested)) {
            throw new RuleViolationException(ONE_VILLAGE, "Delegate " + delegateId + " is already linked to village " + linked
                    + ": each delegate is linked to one village (community)");
        }
    }

    /** The households are those of the delegate's village: it is linked first. */
    static void checkVillageLinked(long delegateId, String villageCode) {
        if (villageCode == null) {
            throw new RuleViolationException(VILLAGE_NOT_LINKED, "Delegate " + delegateId + " is linked to no village yet: link the village first");
        }
    }

    static void checkTenHouseholds(int given) {
        if (given != HOUSEHOLDS_PER_DELEGATE) {
            throw new RuleViolationException(TEN_HOUSEHOLDS, "Each delegate keeps in touch with " + HOUSEHOLDS_PER_DELEGATE
                    + " households; " + given + " were given");
        }
    }

    /** Duties, proposals and inquiries count only within the delegate's term and before their service ended. */
    static void checkInTerm(long delegateId, String name, LocalDate termStart, LocalDate lastDay, LocalDate on) {
        if (on.isBefore(termStart) || on.isAfter(lastDay)) {
            throw new RuleViolationException(OUTSIDE_TERM, "Delegate " + delegateId + " (" + name + ") serves from " + termStart + " to "
                    + lastDay + "; " + on + " is outside that");
        }
    }

    /** Whether the term from {@code start} to {@code end} lasts at most five years. */
    static boolean withinFiveYears(LocalDate start, LocalDate end) {
        return !end.isBefore(start) && end.isBefore(start.plusYears(TERM_YEARS));
    }

    /** The yearly evaluation looks at a whole year: it is held once the year is over. */
    static void checkYearOver(int year, LocalDate today) {
        if (year >= today.getYear()) {
            throw new RuleViolationException(YEAR_NOT_OVER, "The evaluation of " + year + " is held once the year is over (from "
                    + LocalDate.of(year + 1, 1, 1) + ")");
        }
    }

    /** Whether the service from {@code start} to {@code lastDay} overlaps the year. */
    static boolean servesIn(LocalDate start, LocalDate lastDay, int year) {
        return !start.isAfter(LocalDate.of(year, 12, 31)) && !lastDay.isBefore(LocalDate.of(year, 1, 1));
    }
}
