package org.jiceng.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of an instance as it stands: its definition, its due date once the step before it is
 * done, and who completed it, when and with what record.
 *
 * @param state DONE, CURRENT or PENDING (steps after the current one, and every open step of a closed instance)
 * @param due the deadline of a step that has one and whose previous step is done
 * @param overdue the current step of a running instance past its due date
 */
public record StepState(int index, String key, String name, @Nullable String role, String state, @Nullable LocalDate due, boolean overdue,
        @Nullable String completedBy, @Nullable String completedByRole, @Nullable LocalDate completedOn, @Nullable LocalDateTime recordedAt,
        @Nullable String record,
        @Nullable List<String> attachments) {
}
