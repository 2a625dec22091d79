package org.jiceng.bulk;

/** A bad cell or row: 1-based row number as the spreadsheet shows it, the column header, and why. */
public record RowError(int row, String column, String reason) {
}
