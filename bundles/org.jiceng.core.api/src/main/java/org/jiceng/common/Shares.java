package org.jiceng.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares and rates as the county reports print them: a share is part / whole with four decimals
 * (0.5873), shown as a percentage with one decimal (58.7 %). One rounding rule (half up) for every
 * module, so the same figures never differ between two reports.
 */
public final class Shares {
    /** Decimals of a share: enough for a percentage with one decimal after rounding. */
    public static final int SCALE = 4;

    private Shares() {
    }

    /** part / whole with {@value #SCALE} decimals, half up; 0 when the whole is 0 (nothing to divide is no failure). */
    public static BigDecimal of(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("a share of negative counts: " + part + " / " + whole);
        }
        return whole == 0 ? BigDecimal.ZERO.setScale(SCALE) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * part / whole as a percentage with one decimal, rounded down: how the counties print a rate of
     * work done (覆盖率, 完成率), never claimed before it is reached (2533 of 2891 is 87.6, 247 of 358
     * is 68.9, 999 of 1000 is 99.9, not 100.0); 0.0 when the whole is 0.
     */
    public static BigDecimal percentDown(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("a rate of negative counts: " + part + " / " + whole);
        }
        return whole == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(Math.multiplyExact(part, 1000L) / whole, 1);
    }

    /** A share as a percentage with one decimal, e.g. {@code 0.5873} → {@code "58.7"}. */
    public static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
