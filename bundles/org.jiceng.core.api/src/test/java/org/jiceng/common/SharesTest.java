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

    @Test
    void aRateOfWorkDoneIsRoundedDownSoItIsNeverClaimedEarly() {
        // 顺义: 2533 of 2891 two-new organizations covered, 87.6 % (87.62); 247 of 358, 68.9 % (68.99).
        assertEquals(new BigDecimal("87.6"), Shares.percentDown(2533, 2891));
        assertEquals(new BigDecimal("68.9"), Shares.percentDown(247, 358));
        assertEquals(new BigDecimal("99.9"), Shares.percentDown(999, 1000), "half up would claim 100.0");
        assertEquals(new BigDecimal("100.0"), Shares.percentDown(7, 7));
        assertEquals(new BigDecimal("0.0"), Shares.percentDown(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Shares.percentDown(1, -2));
    }
}
