package org.jiceng.core.embedded.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The sessions open on the embedded H2, told in a line for a log: which may hold a transaction, since when. */
final class H2Sessions {
    private static final int MAX_STATEMENT_CHARS = 160;

    private H2Sessions() {
    }

    /**
     * Every session but the caller's: id, isolation level, state (RUNNING, SLEEP, …) and since when it sleeps, whether
     * it wrote something not yet committed, and the statement it executes. An idle session at SERIALIZABLE that sleeps
     * since long ago is a snapshot left open.
     */
    static String describe(Connection connection) {
        List<String> sessions = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT SESSION_ID, ISOLATION_LEVEL, SESSION_STATE, SLEEP_SINCE, CONTAINS_UNCOMMITTED,"
                        + " EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID() ORDER BY SLEEP_SINCE")) {
            while (rs.next()) {
                String statement = rs.getString(6);
                sessions.add("#" + rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + (rs.getObject(4) != null ? " since " + rs.getObject(4) : "")
                        + (rs.getBoolean(5) ? " uncommitted" : "") + (statement == null || statement.isBlank()
                                ? ""
                                : ": " + (statement.length() > MAX_STATEMENT_CHARS ? statement.substring(0, MAX_STATEMENT_CHARS) + "…" : statement)));
            }
        } catch (SQLException e) {
            return "(not listed: " + e.getMessage() + ")";
        }
        return sessions.toString();
    }
}
