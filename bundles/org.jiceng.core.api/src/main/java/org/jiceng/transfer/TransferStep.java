package org.jiceng.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One change of a transfer's status, kept for its history. */
public record TransferStep(TransferStatus status, LocalDate date, String recordedBy, @Nullable String note) {
}
