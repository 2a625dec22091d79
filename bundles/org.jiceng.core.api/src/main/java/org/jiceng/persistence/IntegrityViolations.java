package org.jiceng.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiceng.common.ConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A write the database refused for a key: the record removed is still referred to, a reference names a record that is
 * gone, or a unique key is taken. The services check what they know beforehand; what they do not know (an account or
 * an engine's record naming a jurisdiction, a row written by another request a moment before) only the database's keys
 * catch, and that is the client's conflict with the data as it is, not a server error: a 409 naming the table that
 * still refers, never a 500.
 */
final class IntegrityViolations {
    /** PostgreSQL's detail: {@code Key (code)=(441481) is still referenced from table "account".} */
    private static final Pattern POSTGRESQL_TABLE = Pattern.compile("referenced from table \"([a-z0-9_]+)\"");
    /** H2: {@code "FK_X: PUBLIC.ACCOUNT FOREIGN KEY(JURISDICTION_CODE) REFERENCES ...} (the referring table). */
    private static final Pattern H2_TABLE = Pattern.compile("\\.([A-Z0-9_]+) FOREIGN KEY");

    private IntegrityViolations() {
    }

    /** The conflict a key violation among the causes amounts to, or null when there is none. */
    static @Nullable ConflictException conflictOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                ConflictException conflict = conflictOf(sql.getSQLState(), String.valueOf(sql.getMessage()));
                if (conflict != null) {
                    return conflict;
                }
            }
        }
        return null;
    }

    /**
     * By SQLSTATE, the same on both databases: 23503 a foreign key (PostgreSQL either way; H2 when the referred record is
     * removed), 23506 H2's reference to a missing record, 23505 a unique key.
     */
    static @Nullable ConflictException conflictOf(String sqlState, String message) {
        boolean stillReferred = sqlState.equals("23503") && !message.contains("is not present in table");
        return switch (sqlState) {
            case "23503", "23506" -> stillReferred
                    ? new ConflictException("Other records still refer to this one" + referringTable(message)
                            + ": change or remove them first")
                    : new ConflictException("The record refers to another that does not exist (any more)");
            case "23505" -> new ConflictException("A record with the same unique values exists already (perhaps written a moment ago); "
                    + "reload and try again");
            default -> null;
        };
    }

    /** {@code " (table account)"}, the table the database names as holding the reference, or nothing. */
    private static String referringTable(String message) {
        Matcher pg = POSTGRESQL_TABLE.matcher(message);
        String table = pg.find() ? pg.group(1) : null;
        if (table == null) {
            Matcher h2 = H2_TABLE.matcher(message);
            if (h2.find()) {
                table = h2.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return table == null ? "" : " (table " + table + ")";
    }
}
