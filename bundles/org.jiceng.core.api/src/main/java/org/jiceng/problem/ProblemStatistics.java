package org.jiceng.problem;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Counts of the problems found in a jurisdiction subtree (optionally of one source and one year of
 * finding), in total and per source.
 *
 * @param rectified rectified or verified
 * @param resolutionRate rectified / found with 4 decimals (0 when none were found)
 */
public record ProblemStatistics(String jurisdictionCode, @Nullable ProblemSource source, @Nullable Integer year, long found, long rectified,
        long verified,
        long overdue, BigDecimal resolutionRate, List<SourceCounts> bySource) {

    /** The same counts for one source. */
    public record SourceCounts(ProblemSource source, long found, long rectified, long verified, long overdue, BigDecimal resolutionRate) {
    }
}
