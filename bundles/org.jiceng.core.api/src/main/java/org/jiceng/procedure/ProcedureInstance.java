package org.jiceng.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One run of a procedure definition (at the version it started with) about a subject, e.g.
 * {@code ORGANIZATION/123}.
 *
 * @param currentStep index of the next step to complete (equals the number of steps once completed)
 * @param currentStepKey key of that step, null when none is open
 * @param currentDue due date of the current step, if it has a deadline
 * @param overdue the current step is past its due date (computed each time)
 */
public record ProcedureInstance(Long id, String definitionKey, Integer definitionVersion, String subjectType, String subjectId,
        String jurisdictionCode, String title, ProcedureStatus status, Integer currentStep, @Nullable String currentStepKey,
        @Nullable LocalDate currentDue,
        boolean overdue, String startedBy, LocalDate startedOn, LocalDateTime startedAt, @Nullable String closedBy, @Nullable LocalDate closedOn,
        @Nullable String closeReason, List<StepState> steps, Long version) {
}
