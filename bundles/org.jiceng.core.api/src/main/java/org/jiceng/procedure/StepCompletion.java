package org.jiceng.procedure;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Completing the current step.
 *
 * @param completedByRole checked against the step's role (until authentication supplies it)
 * @param completedOn the day it was done, today when null; not in the future, not before the previous step
 * @param version the instance version read
 */
public record StepCompletion(String completedBy, @Nullable String completedByRole, @Nullable String record, @Nullable List<String> attachments,
        @Nullable LocalDate completedOn,
        @Nullable Long version) {
}
