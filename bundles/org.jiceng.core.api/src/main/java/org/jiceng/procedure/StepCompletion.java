package org.jiceng.procedure;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.security.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Completing the current step.
 *
 * @param completedBy the account that completed it: over REST, the one logged in (filled in when absent, refused when naming another)
 * @param completedByRole checked against the step's role (until authentication supplies it)
 * @param completedOn the day it was done, today when null; not in the future, not before the previous step
 * @param version the instance version read
 */
public record StepCompletion(@Actor String completedBy, @Nullable String completedByRole, @Nullable String record, @Nullable List<String> attachments,
        @Nullable LocalDate completedOn,
        @Nullable Long version) {
}
