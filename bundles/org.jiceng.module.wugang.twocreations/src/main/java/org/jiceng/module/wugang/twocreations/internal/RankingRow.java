package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;

/** One branch in the ranking of its cross-inspection score: rank in the whole scope and within its township (排名到村). */
public class RankingRow {
    public int rank;
    public int townshipRank;
    public int townshipSize;
    public String townshipCode;
    public String townshipName;
    public long applicationId;
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public String jurisdictionName;
    public BigDecimal crossScore;
    public Integer crossMetCount;
    public Boolean crossPassed;
    public BigDecimal selfCheckScore;
    public Stage stage;
}
