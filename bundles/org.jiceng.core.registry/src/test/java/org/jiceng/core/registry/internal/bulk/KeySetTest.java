package org.jiceng.core.registry.internal.bulk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeySetTest {
    @Test
    void findsEveryKeyUsedTwiceAcrossGrowth() {
        KeySet keys = new KeySet();
        // Far past the initial table, so the duplicates are found after several resizes.
        for (int i = 0; i < 200_000; i++) {
            assertTrue(keys.add("44148119900101" + i), "first use of " + i);
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertFalse(keys.add("44148119900101" + i), "second use of " + i);
        }
        assertTrue(keys.add("441481199001019999999"));
    }
}
