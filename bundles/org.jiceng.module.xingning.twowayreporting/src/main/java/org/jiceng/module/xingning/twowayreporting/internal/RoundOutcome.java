package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round's result list (述职评议结果与进退留转): the weighting applied, the counts per outcome and
 * every secretary ranked by the weighted score. Final once the round is closed.
 */
public class RoundOutcome {
    public long roundId;
    public String jurisdictionCode;
    public int year;
    public String title;
    public String status;
    public boolean finalResult;
    /** The weighting below is the one the round was closed with (else the county's current one). */
    public boolean weightingFixed;
    public int upperWeight;
    public int lowerWeight;
    public BigDecimal recommendScore;
    public BigDecimal talkScore;
    public long expected;
    public long submitted;
    /** Reports scored in both directions. */
    public long scored;
    public long evaluations;
    public long recommended;
    public long retained;
    public long talk;
    public long pending;
    /** Mean of the weighted scores of the secretaries scored both ways. */
    public BigDecimal averageCombined;
    public List<SecretaryResult> secretaries;
}
