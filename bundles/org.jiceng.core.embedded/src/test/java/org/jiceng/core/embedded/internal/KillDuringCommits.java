package org.jiceng.core.embedded.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Kills a JVM with SIGKILL while it commits beside the upkeep's compaction, then checks that every
 * transaction is whole; a program, not a test (it takes minutes and its outcome is a count):
 * {@code mvn -B -f bundles/org.jiceng.core.embedded/pom.xml test-compile exec:exec@kill-during-commits
 * -Drounds=40 -Dneighbours=3 -Dcompaction=upkeep}.
 *
 * <p>Each round starts a child JVM on a fresh H2 file ({@code WRITE_DELAY=0}) in which 4 threads commit
 * what the audit trail commits: a row of another table, a chain entry and the chain head's move
 * ({@code SELECT … FOR UPDATE}, then {@code UPDATE}), in one transaction. Every 50 ms the child runs
 * {@code -Dcompaction}: the upkeep's step ({@code upkeep}, the default), only its rewrite of chunks
 * ({@code rewrite}), only its moves ({@code move}) or nothing ({@code none}). The child is killed 1.5–4 s
 * after it began to commit, the file opened again, and the round counts as torn when the head is not the
 * last entry or entries are missing. {@code -Dneighbours=N} more such JVMs commit to files of their own
 * during the whole run, as the other servers and builds of a busy CI machine do: the tears came only
 * with them. {@code -Dgate=transaction} lets one transaction at a time write, from its first statement to
 * its commit, and no step beside it: whether H2's chunks are whole when no transaction is under way while
 * one is written. {@code -Dgate=commit} keeps writes apart from commits only: statements run side by side,
 * a commit (and so the chunk it writes) and a step wait until none runs and hold new ones back, and the
 * head is locked in the JVM from before its {@code SELECT … FOR UPDATE} until after the commit, so that no
 * statement waits on H2's row lock while a commit waits for it. H2 collects a chunk's maps one after the
 * other while other transactions go on writing (its issue #2080): whether a moment without writes while
 * the commit stores keeps the chunks whole. {@code -Dgate=server} runs the writers through the server's own
 * {@link GatedDataSource} over a pool (the same rules, in its connections) and the steps through its gate.
 */
public final class KillDuringCommits {
    private static final int WRITERS = 4;
    private static final String COMMITTING = "committing";
    /** With -Dgate=server, the child's line: commits beside statements, row locks not taken (so far). */
    private static final String UNGATED = "ungated ";
    private static final String GATE = System.getProperty("gate", "none");
    /** With -Dgate=transaction: held by a writer from its transaction's first write to its commit, and by each step. */
    private static final Lock TRANSACTION = GATE.equals("transaction") ? new ReentrantLock() : null;
    private static final ReentrantReadWriteLock WRITES = GATE.equals("commit") ? new ReentrantReadWriteLock() : null;
    /** With -Dgate=commit: shared by statements that write. */
    private static final Lock STATEMENT = WRITES == null ? null : WRITES.readLock();
    /** With -Dgate=commit: taken by a commit, so no statement writes while its chunk is stored. */
    private static final Lock COMMIT = WRITES == null ? null : WRITES.writeLock();
    /** With -Dgate=commit: held from before the head's lock in H2 until after the commit. */
    private static final Lock HEAD = WRITES == null ? null : new ReentrantLock();
    /** What a compaction step holds: the transaction gate, the commit gate, or nothing. */
    private static final Lock STEP = TRANSACTION != null ? TRANSACTION : COMMIT;

    /** Work on the database that may throw what JDBC throws. */
    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private KillDuringCommits() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            commitUntilKilled(Path.of(args[1]));
            return;
        }
        int rounds = Integer.getInteger("rounds", 40);
        Random random = new Random(Long.getLong("seed", 42));
        List<Process> neighbours = new ArrayList<>();
        List<Path> neighbourDirs = new ArrayList<>();
        for (int n = Integer.getInteger("neighbours", 0); n > 0; n--) {
            Path dir = Files.createTempDirectory("kill-during-commits-neighbour");
            neighbourDirs.add(dir);
            neighbours.add(child(dir));
        }
        int torn = 0;
        int idle = 0;
        long ungated = 0;
        List<Long> committed = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Round outcome = killedRound(1500 + random.nextInt(2500));
            committed.add(outcome.entries());
            ungated += outcome.ungated();
            if (outcome.entries() == 0) {
                idle++; // nothing committed before the kill: the round tells nothing
                System.out.printf("round %d: nothing committed before the kill%n", round);
            } else if (outcome.torn() != null) {
                torn++;
                System.out.printf("round %d: torn, %s%n", round, outcome.torn());
            }
        }
        java.util.Collections.sort(committed);
        for (Process neighbour : neighbours) {
            neighbour.destroyForcibly().waitFor();
        }
        for (Path dir : neighbourDirs) {
            deleteTree(dir);
        }
        System.out.printf("Killed during commits, compaction %s beside them, gate %s, %d neighbours: %d of %d rounds torn, %d with nothing"
                + " committed; entries found per round: least %d, median %d, most %d; commits beside statements and row locks not taken"
                + " after the patience (-Dgate=server): %d%n", System.getProperty("compaction", "upkeep"),
                GATE, neighbours.size(), torn, rounds, idle, committed.get(0), committed.get(committed.size() / 2),
                committed.get(committed.size() - 1), ungated);
    }

    /** What a round found after the kill: the entries there, and what is torn (null when every transaction is whole). */
    private record Round(long entries, String torn, long ungated) {
    }

    /** The last count of commits beside statements and row locks not taken the child printed (-Dgate=server), summed. */
    private static long ungated(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log).stream().filter(l -> l.startsWith(UNGATED) && l.split(" ").length == 3).toList();
        if (lines.isEmpty()) {
            return 0;
        }
        String[] last = lines.get(lines.size() - 1).split(" ");
        return Long.parseLong(last[1]) + Long.parseLong(last[2]);
    }

    private static Round killedRound(long killAfterMillis) throws Exception {
        Path dir = Files.createTempDirectory("kill-during-commits");
        try {
            Process child = child(dir);
            Path log = dir.resolve("child.log");
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.readString(log).contains(COMMITTING)) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    child.destroyForcibly().waitFor();
                    throw new IllegalStateException("the child JVM did not begin to commit: " + Files.readString(log));
                }
                Thread.sleep(20);
            }
            Thread.sleep(killAfterMillis);
            child.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hook, no close of the store
            try (Connection c = DriverManager.getConnection(url(dir)); Statement s = c.createStatement()) {
                long head = one(s, "SELECT seq FROM head");
                long last = one(s, "SELECT COALESCE(MAX(seq), 0) FROM entry");
                long entries = one(s, "SELECT COUNT(*) FROM entry");
                return new Round(entries, head == last && entries == last ? null : "head " + head + ", last entry " + last + ", entries " + entries,
                        ungated(log));
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static Process child(Path dir) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "-Dcompaction=" + System.getProperty("compaction", "upkeep"), "-Dgate=" + GATE,
                KillDuringCommits.class.getName(), "child", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static void commitUntilKilled(Path dir) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url(dir));
        GatedDataSource server = GATE.equals("server") ? new GatedDataSource(JdbcConnectionPool.create(h2)) : null;
        DataSource dataSource = server == null ? h2 : server;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE head(id INT PRIMARY KEY, seq BIGINT)");
            s.execute("INSERT INTO head VALUES (1, 0)");
            s.execute("CREATE TABLE entry(seq BIGINT PRIMARY KEY, payload VARCHAR(200))");
            s.execute("CREATE TABLE other(id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(200))");
        }
        System.out.println(COMMITTING);
        System.out.flush();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                appendForever(dataSource);
                return null;
            });
        }
        StoreCompaction compaction = new StoreCompaction(90, 10, 16 << 20, 1 << 20);
        try (Connection held = dataSource.getConnection()) {
            MVStore store = H2Stores.storeOf(held);
            // -Dcompaction: the upkeep's step (default), only its rewrite of chunks, only its moves, or none
            Runnable step = switch (System.getProperty("compaction", "upkeep")) {
                case "none" -> () -> {
                };
                case "rewrite" -> () -> store.compact(90, 16 << 20);
                case "move" -> () -> ((RandomAccessStore) store.getFileStore()).compactMoveChunks(90, 64 << 20, store);
                default -> () -> compaction.step(store);
            };
            while (true) {
                if (server != null) {
                    server.gate().step(() -> {
                        step.run();
                        return null;
                    }, 50);
                    // what the parent reads after the kill: commits that went on beside statements after the patience
                    System.out.println(UNGATED + server.gate().ungated() + " " + server.rowLocks().notTaken());
                    System.out.flush();
                } else {
                    holding(STEP, step::run);
                }
                Thread.sleep(50);
            }
        }
    }

    private static void appendForever(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement other = c.prepareStatement("INSERT INTO other(payload) VALUES (?)");
                PreparedStatement head = c.prepareStatement("SELECT seq FROM head WHERE id = 1 FOR UPDATE");
                PreparedStatement entry = c.prepareStatement("INSERT INTO entry VALUES (?, ?)");
                PreparedStatement move = c.prepareStatement("UPDATE head SET seq = ? WHERE id = 1")) {
            c.setAutoCommit(false);
            String payload = "x".repeat(150);
            while (true) {
                holding(TRANSACTION, () -> appendOne(c, other, head, entry, move, payload));
            }
        }
    }

    /** Runs {@code work} holding {@code lock} (when a gate asks for one: else null); lets go also when it fails. */
    private static void holding(Lock lock, Work work) throws SQLException {
        if (lock == null) {
            work.run();
            return;
        }
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /** A row of another table, a chain entry and the head's move, committed together, through the gate asked for. */
    private static void appendOne(Connection c, PreparedStatement other, PreparedStatement head, PreparedStatement entry, PreparedStatement move,
            String payload) throws SQLException {
        other.setString(1, payload);
        holding(STATEMENT, other::executeUpdate);
        holding(HEAD, () -> {
            long[] seq = new long[1];
            holding(STATEMENT, () -> seq[0] = nextSeq(head));
            entry.setLong(1, seq[0]);
            entry.setString(2, payload);
            holding(STATEMENT, entry::executeUpdate);
            move.setLong(1, seq[0]);
            holding(STATEMENT, move::executeUpdate);
            holding(COMMIT, c::commit);
        });
    }

    /** The sequence number after the head's, read under the head's lock ({@code SELECT … FOR UPDATE}). */
    private static long nextSeq(PreparedStatement head) throws SQLException {
        try (ResultSet r = head.executeQuery()) {
            r.next();
            return r.getLong(1) + 1;
        }
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
    }

    private static long one(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
