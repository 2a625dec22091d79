package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RowLocksTest {
    private static final String HEAD = "SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE";

    private final RowLocks locks = new RowLocks(2000);

    @Test
    void theSameStatementWaitsUntilTheHolderLetsGo() throws Exception {
        Semaphore held = locks.of(HEAD);
        assertTrue(locks.take(held));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try {
                return locks.take(locks.of("  " + HEAD + "\n"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(second.isDone(), "taken twice at once");
        held.release();
        assertTrue(second.get(5, TimeUnit.SECONDS));
        assertEquals(0, locks.notTaken());
    }

    @Test
    void otherStatementsDoNotWait() throws Exception {
        assertTrue(locks.take(locks.of(HEAD)));
        assertTrue(locks.take(locks.of("SELECT id FROM webhook_delivery WHERE id = ? ORDER BY id FOR UPDATE")));
    }

    @Test
    void aLockNotFreeWithinThePatienceIsNotTakenAndCounted() throws Exception {
        RowLocks impatient = new RowLocks(30);
        assertTrue(impatient.take(impatient.of(HEAD)));
        assertFalse(impatient.take(impatient.of(HEAD)));
        assertEquals(1, impatient.notTaken());
    }

    @Test
    void whatLocksRows() {
        assertTrue(RowLocks.locksRows(HEAD));
        assertTrue(RowLocks.locksRows("select a from b for update"));
        assertFalse(RowLocks.locksRows("SELECT a FROM b"));
    }
}
