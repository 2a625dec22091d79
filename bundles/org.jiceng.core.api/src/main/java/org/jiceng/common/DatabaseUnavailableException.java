package org.jiceng.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The database could not be reached, or gave no connection in time: the request was not carried out and may be
 * repeated after {@link #retryAfterSeconds()} (503, problem type {@code database-unavailable}). What the REST and SOAP
 * layers answer for a failure whose causes show it ({@link #of}), instead of an internal error: a PostgreSQL restarted
 * or failed over is a condition of the platform, not a fault of the request or of Jiceng.
 */
public class DatabaseUnavailableException extends JicengException {
    private static final long serialVersionUID = 1L;

    /** Seconds a client is told to wait: a database restart or a replica's promotion takes seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** PostgreSQL's "the server is shutting down, crashed, or is starting" (class 57P); class 08 is JDBC's own connection class. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    /** Sent as the {@code Retry-After} header. */
    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String problemType() {
        return "database-unavailable";
    }

    @Override
    public String title() {
        return "Service Unavailable";
    }

    /**
     * The error to answer for {@code failure} when one of its causes is a database connection that could not be made
     * or was lost, or none the pool could give in time; null for any other failure (a constraint, a bad statement).
     */
    public static @Nullable DatabaseUnavailableException of(Throwable failure) {
        if (isUnreachable(failure)) {
            return new DatabaseUnavailableException("The database cannot be reached at the moment; try again in a few seconds");
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return new DatabaseUnavailableException("No database connection became free in time; try again in a few seconds");
            }
        }
        return null;
    }

    /**
     * Whether one of {@code failure}'s causes shows the database itself unreachable: a connection refused, broken or
     * closed by a database going down (JDBC's SQL state class 08, PostgreSQL's 57P01–57P03). A pool that only had no
     * free connection in time says nothing about the database and is not such a cause.
     */
    public static boolean isUnreachable(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isLostConnection(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * EclipseLink's own verdict, asked by name so that the API needs no EclipseLink: its {@code DatabaseException} says
     * {@code isCommunicationFailure()} once it has found the connection of a failed statement dead — where the pool's
     * closed connection only says "Connection is closed", with no SQL state.
     */
    private static boolean isCommunicationFailure(Throwable t) {
        try {
            return t.getClass().getMethod("isCommunicationFailure").invoke(t) instanceof Boolean failure && failure;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isLostConnection(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof ConnectException || isCommunicationFailure(t)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        return false;
    }
}
