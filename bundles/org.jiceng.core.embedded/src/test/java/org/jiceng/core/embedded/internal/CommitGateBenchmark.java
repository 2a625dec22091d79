package org.jiceng.core.embedded.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;

/**
 * What the {@link CommitGate} costs writers: 4 threads commit what the audit trail commits on an H2 file
 * written as the server writes it ({@code WRITE_DELAY=0}), the upkeep's compaction step running every
 * second, in alternating rounds through the pool's connections as they are (commits and the step beside
 * writing statements, as before the gate) and through {@link GatedDataSource} (commits and steps alone,
 * the head's row lock taken in the JVM).
 * Prints each round's commits per second and the medians' ratio, gated to ungated; a program, not a
 * test: {@code mvn -B -f bundles/org.jiceng.core.embedded/pom.xml test-compile exec:exec@commit-gate-benchmark
 * -Drounds=6 -Dseconds=8}.
 */
public final class CommitGateBenchmark {
    private static final int WRITERS = 4;

    private CommitGateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 6);
        int seconds = Integer.getInteger("seconds", 8);
        Path dir = Files.createTempDirectory("commit-gate-benchmark");
        // a pool, as the server's: H2 opens a session per connection, which would otherwise cost more than a commit
        JdbcConnectionPool h2 = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "", "");
        h2.setMaxConnections(WRITERS + 1);
        GatedDataSource gated = new GatedDataSource(h2);
        AuditLikeWrites.createSchema(h2);
        List<Double> plain = new ArrayList<>();
        List<Double> gatedRates = new ArrayList<>();
        try (Connection held = h2.getConnection()) { // keeps the database open between rounds
            MVStore store = H2Stores.storeOf(held);
            StoreCompaction compaction = new StoreCompaction(90, 10, 16 << 20, 1 << 20);
            for (int round = 0; round < 2 * rounds; round++) {
                boolean throughGate = round % 2 == 1;
                double rate = round(throughGate ? gated : h2, throughGate ? gated.gate() : null, store, compaction, seconds);
                (throughGate ? gatedRates : plain).add(rate);
                System.out.printf("round %d, %s: %.0f commits/s%n", round / 2 + 1, throughGate ? "gated" : "ungated", rate);
            }
        }
        double ungated = median(plain);
        double withGate = median(gatedRates);
        System.out.printf(
                "Commit gate: ungated %.0f commits/s, gated %.0f commits/s (medians of %d rounds of %d s, %d writers): gated/ungated = %.3f%n",
                ungated, withGate, rounds, seconds, WRITERS, withGate / ungated);
        h2.dispose();
    }

    /** Commits per second of one round; the step runs every second, through the gate when there is one. */
    private static double round(DataSource dataSource, CommitGate gate, MVStore store, StoreCompaction compaction, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<Long>> counts = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            counts.add(writers.submit(() -> commitUntil(stop, dataSource)));
        }
        writers.submit(() -> {
            while (!stop.get()) {
                if (gate == null) {
                    compaction.step(store);
                } else {
                    gate.step(() -> compaction.step(store), 50);
                }
                Thread.sleep(1000);
            }
            return null;
        });
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long commits = 0;
        for (Future<Long> count : counts) {
            commits += count.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        return commits / elapsed;
    }

    private static long commitUntil(AtomicBoolean stop, DataSource dataSource) throws SQLException {
        long commits = 0;
        while (!stop.get()) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                AuditLikeWrites.appendOne(c);
                commits++;
            }
        }
        return commits;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
