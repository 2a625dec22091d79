package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the entries of committed writes their place in the chain. A write only adds its entries to
 * {@code audit_pending} in its own transaction ({@link ChangeCapture}); this moves them into {@code audit_entry} in id
 * order, batches at a time, each batch in one transaction that locks the chain's head, hashes the entries after it and
 * removes them from the pending table. So the head's row lock, which every audited write used to take and hold through
 * its commit (on PostgreSQL its WAL flush), is taken once per batch: audited writes of every node no longer queue one
 * behind the other.
 * <p>
 * It runs on a thread of its own: woken after each commit that added entries (one pass takes in every write committed
 * meanwhile), every {@value #SWEEP_SECONDS} s anyway (other nodes' entries in a cluster, those left by a stop), and on
 * demand before the trail is read ({@link #catchUp}), so a reader sees the writes committed before it asked. Several
 * nodes may chain at once: the head's lock puts their batches one after the other.
 */
final class AuditChainer implements AutoCloseable {
    /** Pending rows chained in one transaction. */
    static final int BATCH = 5_000;
    static final int SWEEP_SECONDS = 5;
    static final int GATHER_MILLIS = 50;
    /** How far back the first pass looks for rows already chained (more than one batch: see {@link #alreadyChained}). */
    static final int RECHECK_ENTRIES = 4 * BATCH;

    private final Logger logger = LoggerFactory.getLogger(AuditChainer.class);
    private final DataSource dataSource;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean woken = new AtomicBoolean();
    /** Set after the first pass on the chainer's thread, which alone reads it. */
    private boolean rechecked;

    AuditChainer(DataSource dataSource) {
        this.dataSource = dataSource;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jiceng-audit-chainer");
            t.setDaemon(true);
            return t;
        });
        // A stop does not wait for a gathering pass: what is pending stays in its table for the next start.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = executor;
        thread.scheduleWithFixedDelay(this::passLogged, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A write committed pending entries: chain them soon. A pass waits {@value #GATHER_MILLIS} ms first, so that under
     * many writers it takes in the entries of many commits: its locking, reading and removing are paid once for them.
     */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    woken.set(false);
                    passLogged();
                }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                woken.set(false); // stopping: the next start's sweep chains them
            }
        }
    }

    /**
     * Chains what is pending now and waits up to {@code wait} for it. False when that did not happen in time — a long
     * transaction holds the head (an import appends its entries as it goes, under the head's lock) — or failed; the
     * reader then reads the chain as it is.
     */
    boolean catchUp(Duration wait) {
        Future<Integer> pass;
        try {
            pass = thread.submit(this::pass);
        } catch (RejectedExecutionException stopped) {
            return false;
        }
        try {
            pass.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            logger.debug("The audit trail is read before its pending entries are chained: the chain's head is held");
            return false;
        } catch (ExecutionException e) {
            logger.warn("Chaining the pending audit entries failed: {}", e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void passLogged() {
        try {
            pass();
        } catch (RuntimeException | SQLException e) {
            logger.warn("Chaining the pending audit entries failed (retried in {} s): {}", SWEEP_SECONDS, e.toString());
        }
    }

    /** Chains every pending row, a batch per transaction; returns how many. Only on the chainer's thread. */
    private int pass() throws SQLException {
        int total = 0;
        while (true) {
            int chained = ChainTransaction.run(dataSource, "Cannot chain the pending audit entries", this::chainBatch);
            rechecked = true;
            total += chained;
            if (chained < BATCH) {
                return total;
            }
        }
    }

    private int chainBatch(Connection c) throws SQLException {
        if (!PendingEntries.any(c)) {
            return 0; // nothing waits: the head is not locked
        }
        AuditChain.Head head = AuditChain.lockHead(c);
        List<PendingEntries.Row> rows = PendingEntries.oldest(c, BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        List<PendingEntries.Row> fresh = rows;
        if (!rechecked) {
            Set<Long> chained = alreadyChained(c, head);
            fresh = rows.stream().filter(row -> !chained.contains(row.id())).toList();
            if (fresh.size() < rows.size()) {
                logger.warn("{} pending audit entries were already in the chain (their removal was lost with an unclean stop);"
                        + " removed without chaining them again", rows.size() - fresh.size());
            }
        }
        if (!fresh.isEmpty()) {
            AuditChain.appendChained(c, head, fresh);
        }
        PendingEntries.remove(c, rows.stream().map(PendingEntries.Row::id).toList());
        return rows.size();
    }

    /**
     * The pending rows the last entries of the chain came from. A batch's entries, the head's move and the removal of
     * its pending rows are one transaction; yet the embedded H2 has, after a {@code kill -9}, opened with a
     * transaction's inserts kept and its other changes lost (see {@link AuditChain#catchUpHead}). Rows chained that way
     * would be chained twice; the last batches are enough to look at, since only the last commits can be cut so.
     */
    private static Set<Long> alreadyChained(Connection c, AuditChain.Head head) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT pending_id FROM audit_entry WHERE seq > ? AND pending_id IS NOT NULL")) {
            p.setLong(1, head.lastSeq() - RECHECK_ENTRIES);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Stops the thread; what is still pending is chained by the next start. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }
}
