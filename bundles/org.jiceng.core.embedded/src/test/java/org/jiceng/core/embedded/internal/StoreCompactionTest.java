package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file database written as the server writes it (WRITE_DELAY=0: a chunk per commit) grows with
 * every commit; the steps shrink it and keep every row. The file grows under H2's default retention
 * time (freed chunks kept 45 s, as in the server); then RETENTION_TIME 0 lets H2 reuse the chunks the
 * steps free at once, so the test need not wait.
 */
class StoreCompactionTest {
    private static final int ROWS = 200;
    private static final int COMMITS = 3000;

    @TempDir
    Path dir;

    @Test
    void stepsShrinkAFileOfManySmallCommitsAndKeepEveryRow() throws Exception {
        try (Connection c = open()) {
            writeManySmallCommits(c);
            MVStore store = H2Stores.storeOf(c);
            long grown = store.getFileStore().size();
            assertTrue(grown > 20 << 20, "a chunk per commit: " + grown);
            try (Statement s = c.createStatement()) {
                s.execute("SET RETENTION_TIME 0");
            }
            StoreCompaction compaction = new StoreCompaction(90, 0, 4 << 20, 1 << 20);
            StoreCompaction.Step step = null;
            for (int i = 0; i < 50; i++) {
                step = compaction.step(store);
            }
            assertTrue(step.fileBytes() * 2 < grown, "the file shrank to under half: " + grown + " -> " + step);
            assertTrue(step.fileFillPercent() > 50, "most of the file is live now: " + step);
            assertEquals(ROWS + " " + expectedSum(), figures(c), "every row kept, with its last value");
        }
        try (Connection c = open()) {
            assertEquals(ROWS + " " + expectedSum(), figures(c), "and found again after the database is opened again");
        }
    }

    @Test
    void aStepIsQuietWhenAtMostSoManyCommitsCameSinceTheStepBefore() throws Exception {
        try (Connection c = open()) {
            writeManySmallCommits(c);
            MVStore store = H2Stores.storeOf(c);
            StoreCompaction compaction = new StoreCompaction(90, 3, 4 << 20, 1 << 20);
            assertFalse(compaction.step(store).quiet(), "the first step knows of no step before it");
            assertTrue(compaction.step(store).quiet(), "nothing committed since: its own chunks do not count");
            commit(c, 3);
            assertTrue(compaction.step(store).quiet(), "three commits since: still quiet");
            commit(c, 4);
            assertFalse(compaction.step(store).quiet(), "four commits since: busy");
        }
    }

    @Test
    void whileClientsCommitMoreTheSliceFollowsTheFilesGrowthBetweenTheBusyAndTheQuietSlice() {
        StoreCompaction compaction = new StoreCompaction(90, 10, 16 << 20, 1 << 20);
        assertEquals(16 << 20, compaction.slice(true, 0), "quiet: the quiet slice");
        assertEquals(1 << 20, compaction.slice(false, 0), "busy, the file not grown: the busy slice");
        assertEquals(1 << 20, compaction.slice(false, 4 << 20), "grown by 4 MB: an eighth is less than the busy slice");
        assertEquals(5 << 20, compaction.slice(false, 40 << 20), "grown by 40 MB: an eighth of it");
        assertEquals(16 << 20, compaction.slice(false, 1L << 30), "grown by 1 GB: no more than the quiet slice");
    }

    @Test
    void aSnapshotLeftOpenKeepsWhatLaterCommitsFreedInTheFileUntilItEnds() throws Exception {
        try (Connection c = open(); Connection reader = open()) {
            writeManySmallCommits(c);
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            figures(reader); // the snapshot is taken: H2 keeps its version until the transaction ends
            MVStore store = H2Stores.storeOf(c);
            long snapshotVersion = store.getCurrentVersion();
            commit(c, COMMITS);
            try (Statement s = c.createStatement()) {
                s.execute("SET RETENTION_TIME 0");
            }
            assertEquals(snapshotVersion, H2Stores.oldestVersionKept(store), "the snapshot's version is kept");
            String sessions = H2Sessions.describe(c);
            assertTrue(sessions.contains("SERIALIZABLE SLEEP since"), "the reader's session is listed as idle at SERIALIZABLE: " + sessions);

            StoreCompaction compaction = new StoreCompaction(90, 0, 4 << 20, 1 << 20);
            StoreCompaction.Step held = steps(compaction, store, 50);
            assertTrue(held.chunksFillPercent() < 10, "the chunks the later commits left dead stay: " + held);
            reader.rollback();
            assertTrue(H2Stores.oldestVersionKept(store) > snapshotVersion, "let go with the snapshot");
            StoreCompaction.Step free = steps(compaction, store, 50);
            assertTrue(free.fileBytes() * 10 < held.fileBytes(), "then they are freed and the file shrinks: " + held + " -> " + free);
            assertEquals(ROWS + " " + expectedSum(), figures(c), "every row kept, with its last value");
        }
    }

    private static StoreCompaction.Step steps(StoreCompaction compaction, MVStore store, int count) {
        StoreCompaction.Step step = null;
        for (int i = 0; i < count; i++) {
            step = compaction.step(store);
        }
        return step;
    }

    @Test
    void anotherDatabaseIsNotH2() throws Exception {
        try (Connection c = open()) {
            assertTrue(H2Stores.isH2(c));
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", "");
    }

    private static void writeManySmallCommits(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS T (ID INT PRIMARY KEY, V BIGINT, PAD VARCHAR(200))");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO T VALUES (?, 0, REPEAT('x', 200))")) {
            for (int id = 1; id <= ROWS; id++) {
                insert.setInt(1, id);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE T SET V = V + 1 WHERE ID = ?")) {
            for (int i = 0; i < COMMITS; i++) {
                update.setInt(1, 1 + i % ROWS);
                update.executeUpdate(); // autocommit: a chunk each
            }
        }
    }

    private static void commit(Connection c, int times) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < times; i++) {
                s.executeUpdate("UPDATE T SET PAD = 'y' WHERE ID = 1"); // leaves V, the sum checked elsewhere
            }
        }
    }

    private static long expectedSum() {
        return COMMITS;
    }

    private static String figures(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(V) FROM T")) {
            rs.next();
            return rs.getLong(1) + " " + rs.getLong(2);
        }
    }
}
