package org.jiceng.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableExceptionTest {

    /** As JPA reports a failed statement: a persistence exception around the provider's, around the driver's. */
    private static RuntimeException wrapped(Throwable driver) {
        return new IllegalStateException("javax.persistence.PersistenceException", new RuntimeException("DatabaseException", driver));
    }

    @Test
    void aConnectionRefusedOrLostIsTheDatabaseUnreachable() {
        // PgJDBC: connection refused (08001), I/O error on a connection (08006); PostgreSQL shutting down (57P01) or starting (57P03)
        for (String state : new String[]{"08001", "08006", "08003", "57P01", "57P02", "57P03"}) {
            RuntimeException failure = wrapped(new SQLException("failed", state));
            assertTrue(DatabaseUnavailableException.isUnreachable(failure), state);
            DatabaseUnavailableException answer = DatabaseUnavailableException.of(failure);
            assertNotNull(answer, state);
            assertEquals(503, answer.status());
            assertEquals("database-unavailable", answer.problemType());
            assertTrue(answer.getMessage().contains("cannot be reached"), answer.getMessage());
        }
        assertTrue(DatabaseUnavailableException.isUnreachable(wrapped(new SQLNonTransientConnectionException("closed"))));
        assertTrue(DatabaseUnavailableException.isUnreachable(wrapped(new SQLException("x", "08001", new ConnectException("Connection refused")))));
    }

    /** Shaped like EclipseLink's DatabaseException: its verdict on the connection, by name. */
    public static class ProviderException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean communicationFailure;

        ProviderException(boolean communicationFailure, Throwable cause) {
            super("Internal Exception: java.sql.SQLException: Connection is closed", cause);
            this.communicationFailure = communicationFailure;
        }

        public boolean isCommunicationFailure() {
            return communicationFailure;
        }
    }

    @Test
    void theProvidersVerdictThatTheConnectionDiedCounts() {
        // The pool's closed connection says so without an SQL state; EclipseLink found it dead.
        assertTrue(DatabaseUnavailableException.isUnreachable(new ProviderException(true, new SQLException("Connection is closed"))));
        assertFalse(DatabaseUnavailableException.isUnreachable(new ProviderException(false, new SQLException("Connection is closed"))));
    }

    @Test
    void aPoolTimeoutIsUnavailableButSaysNothingOfTheDatabaseUnlessItsCauseDoes() {
        SQLTransientConnectionException exhausted = new SQLTransientConnectionException(
                "Connection is not available, request timed out after 10000ms.");
        assertFalse(DatabaseUnavailableException.isUnreachable(exhausted));
        DatabaseUnavailableException answer = DatabaseUnavailableException.of(wrapped(exhausted));
        assertNotNull(answer);
        assertTrue(answer.getMessage().contains("became free"), answer.getMessage());

        SQLTransientConnectionException refused = new SQLTransientConnectionException("Connection is not available, request timed out after 10000ms.",
                "08001", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        assertTrue(DatabaseUnavailableException.isUnreachable(refused));
        assertTrue(DatabaseUnavailableException.of(refused).getMessage().contains("cannot be reached"));
    }

    @Test
    void otherDatabaseErrorsAreNotUnavailability() {
        assertNull(DatabaseUnavailableException.of(wrapped(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertNull(DatabaseUnavailableException.of(wrapped(new SQLException("syntax error", "42601"))));
        assertNull(DatabaseUnavailableException.of(wrapped(new SQLException("no state"))));
        assertNull(DatabaseUnavailableException.of(new IllegalStateException("not a database at all")));
        assertFalse(DatabaseUnavailableException.isUnreachable(null));
    }
}
