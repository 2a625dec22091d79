package org.jiceng.module.wugang.pledgesreports.internal;

import org.jiceng.common.Shares;
import org.jiceng.duty.RoundResults;

/** A round's figures as the county reports them upward: reports expected, submitted, overdue, and the grades. Counted, never stored. */
public class RoundFigures {
    public long roundId;
    public String jurisdictionCode;
    public int year;
    /** H1 (年中, around 七一) or H2 (年终). */
    public String period;
    public String title;
    public String status;
    public long expected;
    public long submitted;
    public long overdue;
    /** Reports with at least one evaluation. */
    public long evaluated;
    public long evaluations;
    public long gradedExcellent;
    public long gradedGood;
    public long gradedFair;
    public long gradedPoor;
    /** Reports graded 好 of those evaluated, e.g. "40.0". */
    public String excellentPercent;

    static RoundFigures of(RoundResults r) {
        RoundFigures f = new RoundFigures();
        f.roundId = r.round().id();
        f.jurisdictionCode = r.round().jurisdictionCode();
        f.year = r.round().year();
        f.period = r.round().period().name();
        f.title = r.round().title();
        f.status = r.round().status().name();
        f.expected = r.expected();
        f.submitted = r.submitted();
        f.overdue = r.overdue();
        f.evaluated = r.evaluated();
        f.evaluations = r.evaluations();
        f.gradedExcellent = r.grades().excellent();
        f.gradedGood = r.grades().good();
        f.gradedFair = r.grades().fair();
        f.gradedPoor = r.grades().poor();
        f.excellentPercent = Shares.percent(r.grades().excellentShare());
        return f;
    }
}
