package org.jiceng.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.jiceng.common.ConflictException;
import org.jspecify.annotations.Nullable;

/**
 * Resource-local transactions over one persistence unit. Each call gets its own entity manager,
 * commits on success and rolls back on any exception, so a failed write never leaves half a
 * change behind. A lost optimistic-lock race becomes a {@link ConflictException} (409), and so does a write the
 * database's keys refuse (a record still referred to, a unique key taken meanwhile).
 */
public final class Transactions {
    /** The actions waiting for the commit of each write running on this thread, the innermost last. */
    private static final ThreadLocal<Deque<List<Runnable>>> AFTER_COMMIT = ThreadLocal.withInitial(ArrayDeque::new);
    private static final System.Logger LOGGER = System.getLogger(Transactions.class.getName());
    /** Set while this thread runs work that resumes from what was kept after a crash (see {@link #resumable}). */
    private static final ThreadFlag RESUMABLE = new ThreadFlag();

    private final EntityManagerFactory emf;
    private final Supplier<@Nullable EntityManagerFactory> replica;
    /** Whether the unit's database is PostgreSQL: known from the first resumable write's connection. */
    private volatile @Nullable Boolean postgresql;

    public Transactions(EntityManagerFactory emf) {
        this(emf, () -> null);
    }

    /**
     * Transactions whose reads inside {@link ReplicaReads#onReplica} go to the replica's unit when
     * there is one ({@code replica} answers null when not).
     *
     * @since 1.3
     */
    public Transactions(EntityManagerFactory emf, Supplier<@Nullable EntityManagerFactory> replica) {
        this.emf = emf;
        this.replica = replica;
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T extends @Nullable Object> T write(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        List<Runnable> afterCommit = new ArrayList<>();
        AFTER_COMMIT.get().addLast(afterCommit);
        try {
            tx.begin();
            if (RESUMABLE.isSet()) {
                commitWithoutWaitingForTheDisk(em);
            }
            T result = work.apply(em);
            em.flush();
            tx.commit();
            AFTER_COMMIT.get().removeLast();
            runAll(afterCommit);
            return result;
        } catch (OptimisticLockException e) {
            throw staleVersion();
        } catch (PersistenceException e) {
            // a RollbackException (the commit's) is one too
            if (hasCause(e, OptimisticLockException.class)) {
                throw staleVersion();
            }
            ConflictException refusedByAKey = IntegrityViolations.conflictOf(e);
            if (refusedByAKey != null) {
                refusedByAKey.initCause(e);
                throw refusedByAKey;
            }
            throw e;
        } finally {
            // still there when the write failed: its actions are dropped with it
            if (AFTER_COMMIT.get().peekLast() == afterCommit) {
                AFTER_COMMIT.get().removeLast();
            }
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Runs {@code work} on this thread as work that picks up where it stopped when it runs again (a module's demo
     * load), whose last writes a crash may therefore take: on PostgreSQL, each of its transactions commits without
     * waiting for the write-ahead log to reach the disk ({@code SET LOCAL synchronous_commit TO OFF}). The log is
     * written in commit order and any later ordinary commit flushes it, so a crash loses at most the last such
     * commits, never one before a commit that was kept, and never anybody else's: a write answered to a client is
     * as durable as ever. Tens of thousands of demo commits, each waiting 2–4 ms for the disk, took minutes. On H2
     * nothing changes (a commit writes the file without forcing it either way).
     *
     * @since 1.5
     */
    public static void resumable(Runnable work) {
        RESUMABLE.during(() -> {
            work.run();
            return null;
        });
    }

    private void commitWithoutWaitingForTheDisk(EntityManager em) {
        if (Boolean.FALSE.equals(postgresql)) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            if (isPostgresql(connection)) {
                try (Statement st = connection.createStatement()) {
                    st.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not relax the commit of a resumable write", e);
        }
    }

    /**
     * Runs {@code action} once the innermost {@link #write} running on this thread has committed; never if it
     * rolls back; at once when this thread runs no write (its transaction is then someone else's). For what
     * only makes sense once others can see the change, such as waking the reader of an outbox: woken before
     * the commit, it would find nothing and wait for its next round. An action that fails is logged; the write
     * has committed and stays a success.
     *
     * @since 1.2
     */
    public static void afterCommit(Runnable action) {
        List<Runnable> innermost = AFTER_COMMIT.get().peekLast();
        if (innermost == null) {
            runAll(List.of(action));
        } else {
            innermost.add(action);
        }
    }

    private static void runAll(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "An action after a commit failed; the commit stands", e);
            }
        }
    }

    /** Runs {@code work} in a transaction that returns nothing. */
    public void run(Consumer<EntityManager> work) {
        write(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Runs a read-only unit of work; nothing it changes is written. Inside {@link ReplicaReads#onReplica}
     * and outside any write of this thread, on the replica's unit when there is one.
     */
    public <T extends @Nullable Object> T read(Function<EntityManager, T> work) {
        EntityManagerFactory onReplica = ReplicaReads.requested() && AFTER_COMMIT.get().isEmpty() ? replica.get() : null;
        EntityManager em = (onReplica != null ? onReplica : emf).createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /**
     * Runs a read-only unit of work whose queries all see the database as it was at its first query, for figures that
     * several queries count: read by {@link #read}, each query sees the commits made up to its own start, so a report
     * counted while a module's demo loads (or clients write) could add a count of the records linked so far to a count
     * of records made later, a state the database never had (seen: 241 of 371 delegates with a village beside all 371
     * evaluated, though the demo links every village before the first evaluation). The transaction runs at the level
     * {@link Snapshots} names (REPEATABLE READ on PostgreSQL, SERIALIZABLE on H2) and is rolled back: nothing is
     * locked and nothing it changes is written.
     *
     * @since 1.6
     */
    public <T extends @Nullable Object> T snapshot(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Connection connection = em.unwrap(Connection.class);
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Snapshots.isolation(isPostgresql(connection)));
            try {
                return work.apply(em);
            } finally {
                tx.rollback();
                // the pool (Hikari) sets the level back when the connection returns to it, which the rollback may have done
                if (!connection.isClosed()) {
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read from one snapshot of the database", e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private boolean isPostgresql(Connection connection) throws SQLException {
        Boolean known = postgresql;
        if (known == null) {
            known = Snapshots.isPostgresql(connection);
            postgresql = known;
        }
        return known;
    }

    private static ConflictException staleVersion() {
        return new ConflictException("The record was changed by someone else since you read it; reload it and apply your change again");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
