package org.jiceng.orglife;

import java.util.List;

/**
 * A branch's year of organizational life, quarter by quarter (the branch work handbook's summary).
 *
 * @param quarters quarters 1 to 4, in order
 */
public record BranchStatistics(long organizationId, String organizationName, int year, List<QuarterStatistics> quarters) {

    public BranchStatistics {
        quarters = List.copyOf(quarters);
    }
}
