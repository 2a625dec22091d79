package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;

import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.MemberStage;

/** The county's 123 rules, free of storage so they can be tested alone. */
final class ReserveRules {
    static final String RULE_QUOTA_FULL = "reserve-quota-full";
    static final String RULE_NOT_ACTIVE = "member-not-active";
    static final String RULE_SECRETARY_NOT_MEMBER = "secretary-reserve-not-member";
    static final String RULE_ACTIVIST_ALREADY_MEMBER = "activist-already-member";
    static final String RULE_ALREADY_RESERVE = "already-reserve";
    static final String RULE_CLOSED = "reserve-closed";
    static final String RULE_TERM_UNKNOWN = "village-term-unknown";
    static final String RULE_FOCUS_UNFOUNDED = "focus-reason-unfounded";
    static final String RULE_DEPUTY_POST_ROLE = "deputy-post-role";
    /**
     * The seed gives no day by which a village's 123 must stand; the module expects it half a year into
     * the term, so that a new term's reserves are chosen early enough to be trained before the next election.
     */
    static final int SET_UP_MONTHS = 6;

    private ReserveRules() {
    }

    /**
     * The rule a member breaks to be cultivated in {@code role}, or null when eligible. The secretary
     * reserve is a full Party member (a branch secretary is elected from full members); activists are
     * people still before admission (applicant, activist or development candidate); committee reserves
     * may be anyone of the village on the registry.
     */
    static String ineligible(ReserveRole role, MemberStage stage, MembershipStatus status) {
        if (status != null && status != MembershipStatus.ACTIVE) {
            return RULE_NOT_ACTIVE;
        }
        return switch (role) {
            case SECRETARY_RESERVE -> stage == MemberStage.FULL ? null : RULE_SECRETARY_NOT_MEMBER;
            case ACTIVIST -> stage == MemberStage.APPLICANT || stage == MemberStage.ACTIVIST || stage == MemberStage.CANDIDATE
                    ? null
                    : RULE_ACTIVIST_ALREADY_MEMBER;
            case COMMITTEE_RESERVE -> null;
        };
    }

    /** True when the village's term already has as many of {@code role} (in training or used) as the quota. */
    static boolean quotaFull(ReserveRole role, long counted) {
        return counted >= role.quota();
    }

    /** How many of {@code role} the village still lacks for the term. */
    static int missing(ReserveRole role, int counted) {
        return Math.max(0, role.quota() - counted);
    }

    /** The day by which a term's 123 should stand. */
    static LocalDate dueOn(LocalDate termStart) {
        return termStart.plusMonths(SET_UP_MONTHS);
    }

    /** The focused-training reason checked against the registry: weak and lax only where the organization is. */
    static boolean reasonFounded(FocusReason reason, org.jiceng.registry.OrganizationStatus organizationStatus) {
        return reason != FocusReason.WEAK_LAX || organizationStatus == org.jiceng.registry.OrganizationStatus.WEAK_LAX;
    }

    /** A deputy secretary post is for reserve cadres, not for activists. */
    static boolean trainingAllowed(ReserveRole role, TrainingKind kind) {
        return kind != TrainingKind.DEPUTY_POST || role.cadre();
    }
}
