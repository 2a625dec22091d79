package org.jiceng.core.bulk.internal.spreadsheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Which texts of a document are numbers in a spreadsheet. A document carries only text, so this
 * decides by the text's form: a plain decimal number ({@code 12}, {@code -3.5}, {@code 3600.00})
 * is numeric, so Excel sums it. Identifiers that look like numbers stay text: a leading zero would
 * be lost ({@code 0430581}), and a whole number of six digits or more is, in these lists, a code
 * (administrative divisions have 6, 9 or 12 digits, phones 11, ID cards 18) that must not turn into
 * 4.30581E+11. More than 15 significant digits would lose precision in Excel, so those stay text too.
 */
final class CellText {
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    static final int CODE_DIGITS = 6;
    private static final int EXCEL_PRECISION = 15;

    private CellText() {
    }

    /** The number the text is, or null if it stays text. */
    static Double number(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        int point = digits.indexOf('.');
        if (point < 0 && digits.length() >= CODE_DIGITS) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.precision() > EXCEL_PRECISION) {
            return null;
        }
        return value.doubleValue();
    }
}
