package org.jiceng.core.embedded.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.core.embedded.internal.GatedConnection.Kind;

/**
 * Prepared statements of one connection to the embedded H2, kept after their use for the next use of the same
 * text on that connection, so that H2 parses and plans a statement once instead of at every request.
 *
 * <p>H2's own cache of parsed statements is off ({@code QUERY_CACHE_SIZE=0} in the shipped URL): H2 2.4.240
 * answers wrongly when it executes again a statement with an IN list of parameters, sorted by an index and skipping
 * rows by a parameter ({@code OFFSET ?}), and its cache is exactly such re-execution of every statement. So the
 * statements were parsed afresh each time: 18 % of a member's read by id in the server (JFR, the member read of
 * {@code RestOverheadBenchmark}), three times what executing it took. Here only statements of the shapes that never
 * went wrong are kept ({@link Shape#reusable}): no IN list or array of values, no row limits or offsets, no row locks
 * (H2 never caches those either), and no {@code EXISTS}: a statement executed again with the same values on unchanged
 * tables hands back its last result, and H2 2.4.240 can hand back the last answer of an {@code EXISTS} after its own
 * transaction changed a table (its issue #4299, mended after that release). Reusing results cannot be turned off
 * instead ({@code OPTIMIZE_REUSE_RESULTS=FALSE}): within one execution it is also what keeps an {@code IN (SELECT …)}
 * from running its query again for every row (a page of members took 25 times as long without it).
 *
 * <p>The statements are prepared on H2's own connection behind the pool, which closes the statements prepared
 * through it when a connection goes back to it; H2 re-plans a kept statement by itself when the schema changes.
 * Used by one thread at a time, as its connection is: the pool hands a connection from thread to thread with the
 * memory effects of its own synchronization.
 */
final class StatementCache {
    /** Statements kept per connection, the least recently used closed beyond it: a request uses a handful. */
    static final int CAPACITY = 48;

    /** The shapes of the texts seen so far, shared by all connections (Jiceng's are some two thousand texts; texts past that are read each time). */
    private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final int SHAPES_KEPT = 2048;
    /** What a kept statement's text must not contain (upper case): value lists, row limits and offsets, EXISTS. */
    private static final List<String> NOT_KEPT = List.of(" IN ", " IN(", "ANY(", "ANY (", "LIMIT", "OFFSET", "FETCH", "ROWNUM", "EXISTS");

    private final Connection h2;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    /** What the gate and the cache need to know of a statement's text, found once per text. */
    record Shape(Kind kind, boolean locksRows, boolean reusable) {
        static Shape of(String sql) {
            Shape known = SHAPES.get(sql);
            if (known != null) {
                return known;
            }
            Shape shape = read(sql);
            if (SHAPES.size() < SHAPES_KEPT) {
                SHAPES.putIfAbsent(sql, shape);
            }
            return shape;
        }

        static Shape read(String sql) {
            Kind kind = Kind.of(sql);
            boolean locksRows = RowLocks.locksRows(sql);
            String text = sql.toUpperCase(Locale.ROOT);
            boolean reusable = kind != Kind.OTHER && !locksRows && NOT_KEPT.stream().noneMatch(text::contains);
            return new Shape(kind, locksRows, reusable);
        }
    }

    /** @param h2 H2's own connection, not the pool's proxy of it */
    StatementCache(Connection h2) {
        this.h2 = h2;
    }

    /** The connection whose statements these are. */
    Connection connection() {
        return h2;
    }

    /** A statement for {@code sql}: the one kept, or a new one; in the caller's hands until {@link #keep}. */
    PreparedStatement take(String sql) throws SQLException {
        PreparedStatement kept = idle.remove(sql);
        if (kept != null && !kept.isClosed()) {
            return kept;
        }
        return h2.prepareStatement(sql);
    }

    /**
     * Takes back a statement after its use, as good as new: no parameter, batch, open result or warning of its
     * use stays. Closed instead when one of the same text is kept already (two were in use at once) or it cannot
     * be cleared.
     */
    void keep(String sql, PreparedStatement statement) {
        try {
            if (statement.isClosed()) {
                return;
            }
            ResultSet open = statement.getResultSet();
            if (open != null) {
                open.close();
            }
            statement.clearParameters();
            statement.clearBatch();
            statement.clearWarnings();
        } catch (SQLException e) {
            closeQuietly(statement);
            return;
        }
        if (idle.putIfAbsent(sql, statement) != null) {
            closeQuietly(statement);
        }
    }

    static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // its connection is gone: so is the statement
        }
    }
}
