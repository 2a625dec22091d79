package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.util.List;

/** Competition ranking as the county prints it: equal scores share a rank and the next rank skips (1, 2, 2, 4). */
final class Ranks {
    private Ranks() {
    }

    /** Ranks of scores already sorted from highest to lowest. */
    static int[] of(List<BigDecimal> sortedDescending) {
        int[] ranks = new int[sortedDescending.size()];
        for (int i = 0; i < ranks.length; i++) {
            boolean tie = i > 0 && sortedDescending.get(i).compareTo(sortedDescending.get(i - 1)) == 0;
            ranks[i] = tie ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
