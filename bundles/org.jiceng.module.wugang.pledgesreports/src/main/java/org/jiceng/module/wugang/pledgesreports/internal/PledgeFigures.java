package org.jiceng.module.wugang.pledgesreports.internal;

/** One level of the pledge cascade (市 → 乡 → 村) for upper-level systems: jurisdictions, pledged, signed, assessed. */
public class PledgeFigures {
    public String jurisdictionCode;
    public int year;
    /** TOWNSHIP or VILLAGE (the signers' level). */
    public String level;
    public long jurisdictions;
    public long pledged;
    public long signed;
    public long assessed;
    /** Signed of the level's jurisdictions, e.g. "100.0". */
    public String signedPercent;
}
