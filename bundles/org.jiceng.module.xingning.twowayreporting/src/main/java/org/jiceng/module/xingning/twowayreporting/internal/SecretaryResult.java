package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One town secretary's two-way result in a round: each direction's average score, the weighted score, the rank and what follows from it. Computed, never stored. */
public class SecretaryResult {
    /** 1 for the highest weighted score; equal scores share a rank; null until scored both ways. */
    public Integer rank;
    public long reportId;
    public String townCode;
    public String townName;
    public String reporterName;
    public Long reporterMemberId;
    public boolean submitted;
    public LocalDate submittedOn;
    /** City committee members who scored (上级, 市委全委会). */
    public int upperRaters;
    public BigDecimal upperScore;
    /** Town and village cadres who scored (下级, 镇村干部大会). */
    public int lowerRaters;
    public BigDecimal lowerScore;
    /** upperScore × upperWeight % + lowerScore × lowerWeight %, two decimals. */
    public BigDecimal combinedScore;
    /** The engine's overall grade from the ratings (好/较好/一般/差), null before any. */
    public String grade;
    public Outcome outcome;
    public String outcomeLabel;
    public String reason;
}
