package org.jiceng.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One step of a problem's rectification: what happened, on which day, by whom, with which text. */
public record ProblemHistoryEntry(ProblemChange change, ProblemStatus status, LocalDate date, String by, @Nullable String text,
        LocalDateTime recordedAt) {
}
