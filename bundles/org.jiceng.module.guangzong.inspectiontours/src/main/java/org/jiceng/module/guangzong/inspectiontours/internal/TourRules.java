package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;

/** The rules of the county's inspection the module adds to the problems engine's, apart from storage so they are tested alone. */
final class TourRules {
    static final String RULE_OUTSIDE_PERIOD = "outside-round-period";
    static final String RULE_ROUND_CLOSED = "round-closed";
    static final String RULE_NUMBER_TAKEN = "round-number-taken";
    static final String RULE_ALREADY_INSPECTED = "unit-already-inspected";
    static final String RULE_NOTHING_TO_FOLLOW_UP = "nothing-to-follow-up";
    static final String RULE_NOT_A_FOLLOW_UP = "not-a-follow-up";
    static final String RULE_NOT_AN_EARLIER_FINDING = "not-an-earlier-finding";
    static final String RULE_FINDING_NOT_RECTIFIED = "finding-not-rectified";
    static final String RULE_FINDINGS_NOT_VERIFIED = "findings-not-verified";
    static final String RULE_INSPECTOR_NOT_IN_ROUND = "inspector-not-in-round";
    static final String RULE_ROUNDS_AT_COUNTY = "rounds-at-county";

    private TourRules() {
    }

    /** Visits, findings and follow-up checks happen within the round's period. */
    static void requireWithinPeriod(RoundEntity round, LocalDate date, String what) {
        if (date.isBefore(round.startsOn) || date.isAfter(round.endsOn)) {
            throw new RuleViolationException(RULE_OUTSIDE_PERIOD, what + " on " + date + " lies outside round " + round.number + " (" + round.startsOn
                    + " to " + round.endsOn + ")");
        }
    }

    /** A closed round takes no more visits, findings or checks. */
    static void requireOpen(RoundEntity round) {
        if (round.closedOn != null) {
            throw new RuleViolationException(RULE_ROUND_CLOSED, "Round " + round.number + " was closed on " + round.closedOn);
        }
    }

    /** A follow-up (跟踪式) checks earlier rectification: the unit must have findings from an earlier round. */
    static void requireSomethingToFollowUp(Mode mode, long earlierFindings, String unitName) {
        if (mode == Mode.FOLLOW_UP && earlierFindings == 0) {
            throw new RuleViolationException(RULE_NOTHING_TO_FOLLOW_UP,
                    unitName + " has no findings from an earlier round: a follow-up inspection checks earlier rectification");
        }
    }

    /** A unit is inspected once per round. */
    static void requireNotVisited(boolean visited, int round, String unitName) {
        if (visited) {
            throw new RuleViolationException(RULE_ALREADY_INSPECTED, unitName + " is already inspected in round " + round);
        }
    }

    /** The visit's inspector is one the round sends. */
    static void requireInspectorOfRound(RoundEntity round, long inspectorId) {
        if (!round.inspectors().contains(inspectorId)) {
            throw new RuleViolationException(RULE_INSPECTOR_NOT_IN_ROUND,
                    "Inspector " + inspectorId + " is not sent on round " + round.number + " (" + round.inspectorIds + ")");
        }
    }

    /** The check of a finding is done on a follow-up visit to the same unit in a later round. */
    static void requireFollowUpOf(VisitEntity followUp, int followUpRound, FindingEntity finding, int findingRound) {
        if (followUp.mode != Mode.FOLLOW_UP) {
            throw new RuleViolationException(RULE_NOT_A_FOLLOW_UP, "Visit " + followUp.id + " is " + followUp.mode.zh()
                    + ": rectification is checked on a follow-up (跟踪式) visit");
        }
        if (!followUp.unitKey.equals(finding.unitKey) || findingRound >= followUpRound) {
            throw new RuleViolationException(RULE_NOT_AN_EARLIER_FINDING, "Finding " + finding.id + " is not one of an earlier round at "
                    + followUp.unitName + ": a follow-up checks the unit's findings of earlier rounds");
        }
    }

    /** A round closes once every finding of it is verified. */
    static void requireAllVerified(int round, long unverified) {
        if (unverified > 0) {
            throw new RuleViolationException(RULE_FINDINGS_NOT_VERIFIED,
                    unverified + " finding(s) of round " + round + " are not verified yet: a round closes once a follow-up verified every finding");
        }
    }
}
