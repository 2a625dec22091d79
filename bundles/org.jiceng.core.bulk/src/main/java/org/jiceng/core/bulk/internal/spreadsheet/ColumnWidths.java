package org.jiceng.core.bulk.internal.spreadsheet;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.jiceng.document.Document.Table;

/**
 * Column widths from the table's longest text. POI's autosize needs every row in memory (or
 * tracked) and the fonts' metrics; counting characters, a CJK one as two, is close enough and
 * cheap.
 */
final class ColumnWidths {
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;
    /** POI measures column widths in 1/256 of a character. */
    private static final int UNITS_PER_CHAR = 256;

    private ColumnWidths() {
    }

    static void apply(Sheet sheet, Table table) {
        for (int c = 0; c < table.headers().size(); c++) {
            int widest = width(table.headers().get(c));
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    widest = Math.max(widest, width(row.get(c)));
                }
            }
            sheet.setColumnWidth(c, Math.min(MAX_CHARS, Math.max(MIN_CHARS, widest + 2)) * UNITS_PER_CHAR);
        }
    }

    static int width(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp > 0x2E80 ? 2 : 1).sum();
    }
}
