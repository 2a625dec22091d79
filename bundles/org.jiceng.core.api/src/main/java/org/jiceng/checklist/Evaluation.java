package org.jiceng.checklist;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An evaluation of a subject (e.g. {@code ORGANIZATION/123}) against one version of a criteria set.
 *
 * @param crossInspection the subject's jurisdiction is outside the evaluator's jurisdiction subtree (computed)
 * @param passed result computed on submit (null while DRAFT), as are metCount, scoreTotal and shareMet
 */
public record Evaluation(@Nullable Long id, String criteriaKey, Integer criteriaVersion, String subjectType, String subjectId,
        String subjectJurisdictionCode, String evaluator, String evaluatorUnit, String evaluatorJurisdictionCode, boolean crossInspection,
        EvaluationStatus status, List<Answer> answers, @Nullable Boolean passed, @Nullable Integer metCount, @Nullable BigDecimal scoreTotal,
        @Nullable BigDecimal shareMet,
        @Nullable LocalDateTime submittedAt, @Nullable Long version) {
}
