package org.jiceng.duty;

import java.math.BigDecimal;

/**
 * Evaluations counted by rating.
 *
 * @param excellentShare share of 好 in the total, four decimals (0 when none)
 */
public record RatingCounts(long excellent, long good, long fair, long poor, long total, BigDecimal excellentShare) {
}
