package org.jiceng.checklist;

import java.math.BigDecimal;

/** The answer to one criterion: {@code met} for MET_NOT_MET, {@code score} for SCORE. */
public record Answer(String criterionKey, Boolean met, BigDecimal score, String evidence, String comment) {
}
