package org.jiceng.core.bulk.internal.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void plainDecimalsAreNumbers() {
        assertEquals(12.0, CellText.number("12"));
        assertEquals(0.0, CellText.number("0"));
        assertEquals(-3.5, CellText.number("-3.5"));
        assertEquals(3600.0, CellText.number("3600.00"));
        assertEquals(99999.0, CellText.number("99999"));
        assertEquals(123456.78, CellText.number("123456.78"), "a fraction marks an amount, not a code");
    }

    @Test
    void codesAndOtherTextsStayText() {
        assertNull(CellText.number("0430581"), "leading zero");
        assertNull(CellText.number("00"));
        assertNull(CellText.number("430581"), "six digits: a division code");
        assertNull(CellText.number("13800138000"), "a phone number");
        assertNull(CellText.number("44148119960402123X"));
        assertNull(CellText.number("1/12"));
        assertNull(CellText.number("1e5"));
        assertNull(CellText.number("+5"));
        assertNull(CellText.number("1,000"));
        assertNull(CellText.number(" 12"));
        assertNull(CellText.number("12."));
        assertNull(CellText.number("1234567890.1234567"), "more digits than Excel keeps");
        assertNull(CellText.number(""));
        assertNull(CellText.number(null));
    }
}
