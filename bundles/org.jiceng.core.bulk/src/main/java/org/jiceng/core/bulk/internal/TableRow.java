package org.jiceng.core.bulk.internal;

import java.util.Map;

/** One data row of a file: its row number as a spreadsheet shows it (header = 1) and its cells by header. */
record TableRow(int row, Map<String, String> cells) {
}
