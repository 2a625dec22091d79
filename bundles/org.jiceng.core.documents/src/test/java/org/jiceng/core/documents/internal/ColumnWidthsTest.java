package org.jiceng.core.documents.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void contentThatFitsIsSpreadInProportionOverTheWidth() {
        assertArrayEquals(new float[]{100, 300}, ColumnWidths.of(new float[]{50, 150}, new float[]{20, 20}, 400), 0.01f);
    }

    @Test
    void contentTooWideKeepsEachMinimumAndGivesTheRestToLongText() {
        float[] widths = ColumnWidths.of(new float[]{40, 1000}, new float[]{40, 30}, 400);
        assertEquals(40, widths[0], 0.01f); // a short column is not wrapped to make room for a long one
        assertEquals(360, widths[1], 0.01f);
    }

    @Test
    void minimaWiderThanThePageShrinkAlike() {
        float[] widths = ColumnWidths.of(new float[]{600, 600}, new float[]{300, 500}, 400);
        assertArrayEquals(new float[]{150, 250}, widths, 0.01f);
    }

    @Test
    void widthsAlwaysSumToTheAvailableWidth() {
        float[] widths = ColumnWidths.of(new float[]{10, 500, 90, 45}, new float[]{10, 60, 30, 45}, 455);
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        assertEquals(455, sum, 0.01f);
        assertTrue(widths[1] > widths[2]);
    }
}
