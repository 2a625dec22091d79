package org.jiceng.duty;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.registry.JurisdictionLevel;

/**
 * How far a year's pledges reach down from a jurisdiction: per level of the signers (township,
 * village, …), how many jurisdictions there are and how many of them have a pledge, signed or
 * assessed.
 */
public record PledgeCascade(String jurisdictionCode, int year, List<Level> levels) {

    /**
     * @param jurisdictions jurisdictions of the level in the subtree
     * @param pledged of them, those with a pledge of the year (any status)
     * @param signed those with a signed or assessed pledge
     * @param assessed those with an assessed pledge
     * @param signedShare signed / jurisdictions, four decimals
     */
    public record Level(JurisdictionLevel level, long jurisdictions, long pledged, long signed, long assessed, BigDecimal signedShare) {
    }
}
