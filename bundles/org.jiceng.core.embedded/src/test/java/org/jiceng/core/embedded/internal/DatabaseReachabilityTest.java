package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.jiceng.common.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

class DatabaseReachabilityTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final DatabaseReachability reachability = new DatabaseReachability(nanos::get);

    private static SQLException refused() {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms.", "08001",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
    }

    @Test
    void whileTheDatabaseAnswersEveryAttemptGoesThrough() {
        for (int i = 0; i < 5; i++) {
            assertTrue(reachability.mayTry());
        }
        assertTrue(reachability.notReadyReason().isEmpty());
    }

    @Test
    void duringAnOutageOneAttemptASecondGoesThroughAndTheOthersAreRefusedAtOnce() {
        reachability.failed(refused());
        String reason = reachability.notReadyReason().orElseThrow();
        assertTrue(reason.startsWith("the database cannot be reached since"), reason);
        assertFalse(reason.contains("5432"), "readiness answers anyone: no host or port in it");
        assertTrue(reachability.refusal().getMessage().contains("127.0.0.1:5432 refused"), "the log's and the caller's exception have them");
        assertFalse(reachability.mayTry(), "just failed: the next probe is a second away");
        nanos.addAndGet(999_000_000L);
        assertFalse(reachability.mayTry());
        nanos.addAndGet(2_000_000L);
        assertTrue(reachability.mayTry(), "the probe");
        assertFalse(reachability.mayTry(), "one probe a second, not one per waiting request");
        SQLException refusal = reachability.refusal();
        assertTrue(DatabaseUnavailableException.isUnreachable(refusal), "answered 503 database-unavailable, and counted as unreachable");
        reachability.connected();
        assertTrue(reachability.mayTry());
        assertTrue(reachability.notReadyReason().isEmpty());
    }

    @Test
    void aPoolWithNoFreeConnectionInTimeIsNoOutage() {
        reachability.failed(new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms."));
        reachability.failed(new SQLException("duplicate key", "23505"));
        assertTrue(reachability.mayTry());
        assertTrue(reachability.notReadyReason().isEmpty());
    }

    @Test
    void theDataSourceRefusesWithoutAskingThePoolDuringAnOutage() throws SQLException {
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (self, method, args) -> method.getName().equals("isWrapperFor") ? false : null);
        AtomicReference<SQLException> failure = new AtomicReference<>(refused());
        int[] asked = {0};
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class}, (self, method, args) -> {
            asked[0]++;
            if (failure.get() != null) {
                throw failure.get();
            }
            return connection;
        });
        GatedDataSource dataSource = new GatedDataSource(pool);
        assertThrows(SQLTransientConnectionException.class, dataSource::getConnection);
        assertEquals(1, asked[0]);
        SQLException refusal = assertThrows(SQLException.class, dataSource::getConnection);
        assertEquals(1, asked[0], "refused by the data source itself");
        assertTrue(refusal.getMessage().contains("cannot be reached since"), refusal.getMessage());
        assertFalse(dataSource.reachability().notReadyReason().isEmpty());
    }
}
