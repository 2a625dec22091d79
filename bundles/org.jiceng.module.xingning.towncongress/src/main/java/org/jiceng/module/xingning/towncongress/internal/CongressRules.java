package org.jiceng.module.xingning.towncongress.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The counting rules of the annual session and of joint meetings, free of persistence so they are tested alone. */
final class CongressRules {
    static final String RULE_QUORUM = "election-quorum";
    static final String RULE_COMPETITIVE = "competitive-election";
    static final String RULE_SESSION_STATE = "session-state";
    static final String RULE_BEFORE_PEOPLE_CONGRESS = "before-people-congress";
    static final String RULE_PROPOSAL_STEP = "proposal-step-order";
    static final String RULE_PROPOSAL_SIGNERS = "proposal-signers";
    static final String RULE_DELEGATE_PRESENT = "delegate-present";
    static final String RULE_SESSION_INCOMPLETE = "session-incomplete";

    private CongressRules() {
    }

    /** A session that elects needs MORE than {@code percent} % of its delegates present (兴宁: more than 4/5). */
    static boolean quorumReached(int present, int delegates, int percent) {
        return delegates > 0 && (long) present * 100 > (long) delegates * percent;
    }

    /** The smallest attendance that reaches the quorum. */
    static int quorumMinimum(int delegates, int percent) {
        return (int) ((long) delegates * percent / 100) + 1;
    }

    /** A session lasts one day or one and a half (会期一天至一天半), kept as half days. */
    static Integer halfDays(BigDecimal days) {
        if (days == null) {
            return null;
        }
        BigDecimal half = days.multiply(BigDecimal.valueOf(2));
        if (half.compareTo(BigDecimal.valueOf(2)) == 0) {
            return 2;
        }
        if (half.compareTo(BigDecimal.valueOf(3)) == 0) {
            return 3;
        }
        return null;
    }

    static BigDecimal days(int halfDays) {
        return BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2)).setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The session's last day: a day and a half runs into the next day. */
    static LocalDate lastDay(LocalDate convenedOn, int halfDays) {
        return convenedOn.plusDays(halfDays > 2 ? 1 : 0);
    }

    /** A resolution is adopted with votes for from more than half of the delegates present. */
    static boolean adopted(int votesFor, int present) {
        return (long) votesFor * 2 > present;
    }
}
