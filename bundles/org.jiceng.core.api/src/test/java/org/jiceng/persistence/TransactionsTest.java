package org.jiceng.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.junit.jupiter.api.Test;

class TransactionsTest {
    /** What happened, in order: the fake transaction's begin, commit and rollback, and the actions. */
    private final List<String> log = new ArrayList<>();
    /** The database the fake connection names. */
    private String product = "PostgreSQL";
    private final Transactions tx = new Transactions(factory());

    @Test
    void onPostgresqlAResumableWriteCommitsWithoutWaitingForTheDiskAndOthersStillWait() {
        Transactions.resumable(() -> tx.run(em -> log.add("demo row")));
        tx.run(em -> log.add("client's row"));
        assertEquals(List.of("begin", "metadata", "SET LOCAL synchronous_commit TO OFF", "demo row", "commit", "begin", "client's row", "commit"),
                log);
    }

    @Test
    void onH2AResumableWriteIsAnOrdinaryOneAndTheDatabaseIsAskedOnce() {
        product = "H2";
        Transactions.resumable(() -> {
            tx.run(em -> log.add("one"));
            tx.run(em -> log.add("two"));
        });
        assertEquals(List.of("begin", "metadata", "one", "commit", "begin", "two", "commit"), log);
    }

    @Test
    void theThreadIsOrdinaryAgainAfterAResumableRunEvenOneThatFailed() {
        assertThrows(IllegalStateException.class, () -> Transactions.resumable(() -> {
            throw new IllegalStateException("cancelled");
        }));
        Transactions.resumable(() -> Transactions.resumable(() -> {
        }));
        tx.run(em -> log.add("after"));
        assertEquals(List.of("begin", "after", "commit"), log);
    }

    @Test
    void anActionRunsAfterTheCommitOfTheWriteItWasAskedIn() {
        tx.run(em -> {
            Transactions.afterCommit(() -> log.add("nudge"));
            log.add("work");
        });
        assertEquals(List.of("begin", "work", "commit", "nudge"), log);
    }

    @Test
    void aRolledBackWriteRunsNoneOfItsActions() {
        assertThrows(IllegalStateException.class, () -> tx.run(em -> {
            Transactions.afterCommit(() -> log.add("nudge"));
            throw new IllegalStateException("refused");
        }));
        assertEquals(List.of("begin", "rollback"), log);
        tx.run(em -> log.add("next"));
        assertEquals(List.of("begin", "rollback", "begin", "next", "commit"), log, "nothing left over for the next write");
    }

    @Test
    void anInnerWriteRunsItsOwnActionsAtItsOwnCommit() {
        tx.run(em -> {
            Transactions.afterCommit(() -> log.add("outer action"));
            tx.run(inner -> Transactions.afterCommit(() -> log.add("inner action")));
            log.add("outer work");
        });
        assertEquals(List.of("begin", "begin", "commit", "inner action", "outer work", "commit", "outer action"), log);
    }

    @Test
    void outsideAnyWriteAnActionRunsAtOnceAndAFailingOneLeavesTheCommitStanding() {
        Transactions.afterCommit(() -> log.add("at once"));
        tx.run(em -> {
            Transactions.afterCommit(() -> {
                throw new IllegalStateException("broken");
            });
            Transactions.afterCommit(() -> log.add("still run"));
        });
        assertEquals(List.of("at once", "begin", "commit", "still run"), log);
    }

    @Test
    void onPostgresqlASnapshotReadIsRepeatableReadRolledBackAndTheConnectionsLevelSetBack() {
        assertEquals("figures", tx.snapshot(em -> {
            log.add("counts");
            return "figures";
        }));
        assertEquals(List.of("begin", "metadata", "isolation " + Connection.TRANSACTION_REPEATABLE_READ, "counts", "rollback",
                "isolation " + Connection.TRANSACTION_READ_COMMITTED), log);
    }

    @Test
    void onH2ASnapshotReadIsSerializableWhoseSnapshotCoversEveryTable() {
        product = "H2";
        tx.snapshot(em -> log.add("counts"));
        assertEquals(List.of("begin", "metadata", "isolation " + Connection.TRANSACTION_SERIALIZABLE, "counts", "rollback",
                "isolation " + Connection.TRANSACTION_READ_COMMITTED), log);
    }

    @Test
    void aSnapshotReadThatFailsIsRolledBackAndTheLevelSetBackToo() {
        assertThrows(IllegalStateException.class, () -> tx.snapshot(em -> {
            throw new IllegalStateException("broken query");
        }));
        assertEquals(List.of("begin", "metadata", "isolation " + Connection.TRANSACTION_REPEATABLE_READ, "rollback",
                "isolation " + Connection.TRANSACTION_READ_COMMITTED), log);
    }

    /** Each entity manager with a transaction of its own that logs begin, commit and rollback. */
    private EntityManagerFactory factory() {
        return (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManagerFactory.class},
                (p, m, a) -> "createEntityManager".equals(m.getName()) ? entityManager() : null);
    }

    private EntityManager entityManager() {
        EntityTransaction transaction = transaction();
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (p, m, a) -> "getTransaction".equals(m.getName()) ? transaction : "unwrap".equals(m.getName()) ? connection() : null);
    }

    /** A connection that names {@link #product} and logs each statement executed. */
    private Connection connection() {
        DatabaseMetaData metadata = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DatabaseMetaData.class},
                (p, m, a) -> "getDatabaseProductName".equals(m.getName()) ? product : null);
        Statement statement = (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Statement.class}, (p, m, a) -> {
            if ("execute".equals(m.getName())) {
                log.add((String) a[0]);
                return false;
            }
            return null;
        });
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "getMetaData" -> {
                    log.add("metadata");
                    return metadata;
                }
                case "createStatement" -> {
                    return statement;
                }
                case "getTransactionIsolation" -> {
                    return Connection.TRANSACTION_READ_COMMITTED;
                }
                case "setTransactionIsolation" -> {
                    log.add("isolation " + a[0]);
                    return null;
                }
                case "isClosed" -> {
                    return false;
                }
                default -> {
                    return null;
                }
            }
        });
    }

    private EntityTransaction transaction() {
        boolean[] active = new boolean[1];
        return (EntityTransaction) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityTransaction.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "begin", "commit", "rollback" -> {
                    active[0] = "begin".equals(m.getName());
                    log.add(m.getName());
                    return null;
                }
                case "isActive" -> {
                    return active[0];
                }
                default -> {
                    return null;
                }
            }
        });
    }
}
