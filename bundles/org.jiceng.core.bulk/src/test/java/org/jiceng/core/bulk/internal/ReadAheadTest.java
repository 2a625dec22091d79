package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiceng.bulk.RowSource;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    /** Rows 0 … total-1; row {@code badRow} is unreadable (failed from then on), row {@code brokenAt} throws. */
    static final class Numbers implements RowSource<Integer> {
        final int total;
        final int badRow;
        final int brokenAt;
        final AtomicInteger read = new AtomicInteger();
        boolean failed;

        Numbers(int total, int badRow, int brokenAt) {
            this.total = total;
            this.badRow = badRow;
            this.brokenAt = brokenAt;
        }

        @Override
        public List<Integer> next(int max) {
            List<Integer> rows = new ArrayList<>();
            while (rows.size() < max && read.get() < total) {
                int row = read.getAndIncrement();
                if (row == brokenAt) {
                    throw new UncheckedIOException(new IOException("truncated file"));
                }
                if (row == badRow) {
                    failed = true;
                } else {
                    rows.add(row);
                }
            }
            return rows;
        }

        @Override
        public boolean failed() {
            return failed;
        }
    }

    @Test
    void everyRowArrivesInOrderChunkByChunk() {
        try (ReadAhead<Integer> rows = new ReadAhead<>(new Numbers(2_500, -1, -1), "test")) {
            List<Integer> all = new ArrayList<>();
            for (List<Integer> chunk = rows.next(1_000); !chunk.isEmpty(); chunk = rows.next(1_000)) {
                assertTrue(chunk.size() <= 1_000);
                all.addAll(chunk);
            }
            assertEquals(2_500, all.size());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i, all.get(i));
            }
            assertFalse(rows.failed());
            assertTrue(rows.next(1_000).isEmpty(), "the end stays the end");
        }
    }

    @Test
    void anUnreadableRowMakesTheSourceFailedFromItsChunkOn() {
        try (ReadAhead<Integer> rows = new ReadAhead<>(new Numbers(3_000, 1_500, -1), "test")) {
            rows.next(1_000);
            assertFalse(rows.failed(), "the first chunk was read before the bad row");
            rows.next(1_000);
            assertTrue(rows.failed());
        }
    }

    @Test
    void aReadingErrorReachesTheImporterAsItself() {
        try (ReadAhead<Integer> rows = new ReadAhead<>(new Numbers(3_000, -1, 1_200), "test")) {
            assertEquals(1_000, rows.next(1_000).size());
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> rows.next(1_000));
            assertEquals("truncated file", e.getCause().getMessage());
            assertTrue(rows.next(1_000).isEmpty());
        }
    }

    @Test
    void closingEarlyStopsTheReaderWithFewChunksRead() throws InterruptedException {
        Numbers source = new Numbers(1_000_000, -1, -1);
        ReadAhead<Integer> rows = new ReadAhead<>(source, "test");
        assertEquals(1_000, rows.next(1_000).size());
        Thread.sleep(100);
        rows.close();
        int read = source.read.get();
        assertTrue(read <= (ReadAhead.AHEAD + 2) * 1_000, "read ahead at most a few chunks: " + read);
        Thread.sleep(50);
        assertEquals(read, source.read.get(), "nothing read after close");
    }
}
