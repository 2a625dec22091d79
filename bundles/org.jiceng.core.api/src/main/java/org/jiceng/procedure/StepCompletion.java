package org.jiceng.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * Completing the current step.
 *
 * @param completedByRole checked against the step's role (until authentication supplies it)
 * @param completedOn the day it was done, today when null; not in the future, not before the previous step
 * @param version the instance version read
 */
public record StepCompletion(String completedBy, String completedByRole, String record, List<String> attachments, LocalDate completedOn,
        Long version) {
}
