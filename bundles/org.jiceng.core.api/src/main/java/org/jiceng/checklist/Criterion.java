package org.jiceng.checklist;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One criterion of a criteria set.
 *
 * @param maximum for SCORE the full marks (required); for MET_NOT_MET the points when met (1 when not given)
 * @param passScore for SCORE the score from which the criterion counts as met (the maximum when not given)
 * @param required a required criterion not met fails the evaluation
 * @param jurisdictionCode optional: the jurisdiction the criterion belongs to
 * @param moduleOwner optional: the module that owns the criterion
 */
public record Criterion(String key, String text, CriterionKind kind, @Nullable BigDecimal maximum, @Nullable BigDecimal passScore, boolean required,
        @Nullable String jurisdictionCode, @Nullable String moduleOwner) {
}
