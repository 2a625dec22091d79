package org.jiceng.checklist;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The answer to one criterion: {@code met} for MET_NOT_MET, {@code score} for SCORE. */
public record Answer(String criterionKey, @Nullable Boolean met, @Nullable BigDecimal score, @Nullable String evidence, @Nullable String comment) {
}
