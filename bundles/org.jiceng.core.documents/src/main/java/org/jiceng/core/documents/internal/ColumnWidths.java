package org.jiceng.core.documents.internal;

/**
 * Column widths from content, as browsers size an HTML table set to the full width: columns whose
 * content fits on one line get widths in proportion to it; when it does not all fit, every column
 * keeps room for its widest unbreakable piece and the rest of the width goes where the text is longest.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * @param natural   per column, the width its content needs without breaking a line
     * @param minimum   per column, the width of its widest word or character (at most {@code natural})
     * @param available the table's width
     * @return per column, widths summing to {@code available}
     */
    static float[] of(float[] natural, float[] minimum, float available) {
        int n = natural.length;
        float[] widths = new float[n];
        float naturalSum = sum(natural);
        float minimumSum = sum(minimum);
        if (naturalSum <= 0) {
            java.util.Arrays.fill(widths, available / n);
        } else if (naturalSum <= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = natural[i] * available / naturalSum;
            }
        } else if (minimumSum >= available) {
            // even single words do not fit: shrink them alike; the line breaker splits words
            for (int i = 0; i < n; i++) {
                widths[i] = minimumSum > 0 ? minimum[i] * available / minimumSum : available / n;
            }
        } else {
            float spare = available - minimumSum;
            float wanted = naturalSum - minimumSum;
            for (int i = 0; i < n; i++) {
                widths[i] = minimum[i] + spare * (natural[i] - minimum[i]) / wanted;
            }
        }
        return widths;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
