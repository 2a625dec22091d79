package org.jiceng.bulk;

import java.util.List;

/** Outcome of checking (and, unless a dry run with no errors, writing) a file's rows. */
public record ImportResult(int rows, int inserted, int updated, boolean applied, List<RowError> errors) {
}
