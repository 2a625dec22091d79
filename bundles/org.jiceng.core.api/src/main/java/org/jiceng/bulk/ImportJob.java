package org.jiceng.bulk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An import running in the background; poll it for progress and, at the end, the result. */
public record ImportJob(String id, ImportKind kind, String fileName, boolean dryRun, Status status, int rowsTotal, int rowsDone,
        int inserted, int updated, List<RowError> errors, int errorCount, String message, String startedBy, Instant startedAt,
        @Nullable Instant finishedAt) {

    public enum Status {
        RUNNING,
        /** Checked, and written unless it was a dry run. */
        SUCCEEDED,
        /** Bad rows found: nothing was written; {@code errors} says where. */
        REJECTED,
        /** The file could not be read or the server failed; nothing was written. */
        FAILED
    }
}
