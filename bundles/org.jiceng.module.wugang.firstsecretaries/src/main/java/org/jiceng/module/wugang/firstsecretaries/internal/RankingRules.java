package org.jiceng.module.wugang.firstsecretaries.internal;

import org.jiceng.scoring.SubjectResult;

/**
 * 武冈's elimination rule (末位淘汰): last in the township's monthly ranking three months in a row
 * (the scoring engine counts the streak and flags it) and poor results — defined here as a total
 * below the configured threshold (60, the 较差 grade) in the third month.
 */
final class RankingRules {
    static final int LAST_PLACE_MONTHS = 3;

    private RankingRules() {
    }

    static boolean eliminationDue(SubjectResult result, double poorTotalBelow) {
        return result.flagged() && result.lastPlaceStreak() >= LAST_PLACE_MONTHS && poor(result.total(), poorTotalBelow);
    }

    static boolean poor(double total, double poorTotalBelow) {
        return total < poorTotalBelow;
    }
}
