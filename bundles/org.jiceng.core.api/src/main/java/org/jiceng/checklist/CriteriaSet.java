package org.jiceng.checklist;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A version of a criteria set. Passing: every required criterion met and, when given, the score total at
 * least {@code minimumScore} and the share of criteria met at least {@code minimumShareMet} (0..1).
 *
 * @param version 1 for the first definition of the key, then the next for each changed definition (on input: ignored)
 */
public record CriteriaSet(@Nullable Long id, String key, String name, @Nullable Integer version, List<Aspect> aspects,
        @Nullable BigDecimal minimumScore,
        @Nullable BigDecimal minimumShareMet, @Nullable LocalDateTime definedAt) {
}
