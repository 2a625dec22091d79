package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;

/** The amounts and thresholds a year's results are fixed with (from {@link Settings}). */
record Rates(BigDecimal subsidyExcellent, BigDecimal subsidyCompetent, BigDecimal subsidyBasic, BigDecimal subsidyIncompetent,
        int awardsPerTownship, BigDecimal awardAmount, double selectionMinimumTotal) {
}
