package org.jiceng.core.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ReadReplicaTest {

    @Test
    void aReplicaThatDoesNotAnswerIsLeftAloneAWhileInsteadOfMakingEveryReadWaitForIt() throws SQLException {
        // The primary's position from an H2 standing in for PostgreSQL's function.
        JdbcDataSource primary = new JdbcDataSource();
        primary.setURL("jdbc:h2:mem:replica" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = primary.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS pg_current_wal_lsn FOR 'java.lang.System.lineSeparator'");
        }
        AtomicInteger asked = new AtomicInteger();
        DataSource downReplica = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (self, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        asked.incrementAndGet();
                        throw new SQLTransientConnectionException("HikariPool-2 - Connection is not available, request timed out after 2000ms.");
                    }
                    return null;
                });
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        ReadReplicaImpl replica = new ReadReplicaImpl(new ClusterStore(primary, true), nanos::get);
        replica.setReplica(downReplica, 200);

        assertFalse(replica.caughtUp(), "not caught up: the primary serves");
        assertEquals(1, asked.get());
        for (int i = 0; i < 10; i++) {
            assertFalse(replica.caughtUp());
        }
        assertEquals(1, asked.get(), "left alone after it did not answer");
        nanos.addAndGet(ReadReplicaImpl.REST_AFTER_FAILURE.toNanos());
        assertFalse(replica.caughtUp());
        assertEquals(2, asked.get(), "asked again once the rest is over");
    }
}
