package org.jiceng.scoring;

/** Results of one period aggregated over a jurisdiction and everything below it. */
public record RollUp(String jurisdictionCode, long subjects, double averageTotal, double minimumTotal, double maximumTotal,
        long flagged) {
}
