package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

/** The on-post figures the county reports (seed: 224 sent since last year, 100% on post). */
public class Figures {
    public String jurisdictionCode;
    /** First secretaries sent since 1 January of last year (去年以来下派). */
    public long sent;
    public LocalDate sentSince;
    /** Of those, assignments running today. */
    public long serving;
    /** Of those serving, the ones who logged days in their village (到岗到位). */
    public long onPost;
    /** onPost / serving, four decimals. */
    public double onPostShare;
    /** The same as a percentage, e.g. "100.0". */
    public String onPostPercent;
    public long eliminationsProposed;
    public long eliminationsReplaced;
}
