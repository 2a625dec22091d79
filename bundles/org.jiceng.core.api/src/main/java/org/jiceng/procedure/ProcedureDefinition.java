package org.jiceng.procedure;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A versioned procedure definition. Saving a changed definition under the same key creates the
 * next version; running instances keep the version they started with.
 *
 * @param moduleId the module that owns it, or null for one configured by hand
 */
public record ProcedureDefinition(@Nullable Long id, String key, @Nullable Integer version, String name, @Nullable String moduleId,
        List<StepDefinition> steps,
        @Nullable LocalDateTime createdAt) {
}
