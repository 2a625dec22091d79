package org.jiceng.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SharesTest {
    @Test
    void shareHasFourDecimalsRoundedHalfUp() {
        // 峡江: 54 of 92 dispatched came from cadres who left leading posts (改非), 58.7 %.
        assertEquals(new BigDecimal("0.5870"), Shares.of(54, 92));
        assertEquals("58.7", Shares.percent(Shares.of(54, 92)));
        assertEquals(new BigDecimal("0.7013"), Shares.of(54, 77));
        assertEquals("70.1", Shares.percent(Shares.of(54, 77)));
        assertEquals(new BigDecimal("0.6667"), Shares.of(2, 3));
    }

    @Test
    void nothingToDivideIsZeroNotAFailure() {
        assertEquals(new BigDecimal("0.0000"), Shares.of(0, 0));
        assertEquals("0.0", Shares.percent(Shares.of(3, 0)));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Shares.of(-1, 5));
    }
}
