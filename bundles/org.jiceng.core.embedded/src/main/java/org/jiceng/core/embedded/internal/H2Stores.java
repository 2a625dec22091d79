package org.jiceng.core.embedded.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Finds the MVStore behind a connection to an embedded H2 database. H2 exports its store's package
 * ({@code org.h2.mvstore}) but not the engine's, so the way from a connection to its database's store
 * (session, database, store: public methods of public classes) is taken by reflection. It is H2's
 * inside: a later H2 may change it, which {@link #storeOf} reports as an exception rather than a
 * wrong answer.
 */
final class H2Stores {
    private static volatile Method oldestVersionToKeep;

    private H2Stores() {
    }

    /** Whether the connection is H2's own (through any pool that unwraps to it). */
    static boolean isH2(Connection connection) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class);
    }

    /**
     * The store of the connection's database; the connection keeps the database open while it is
     * held (H2 closes a database when its last connection closes), so use the store only meanwhile.
     *
     * @throws ReflectiveOperationException when this H2 has no such way (another version's inside)
     * @throws IllegalStateException        when the database is not kept in a file store (in memory)
     */
    static MVStore storeOf(Connection connection) throws SQLException, ReflectiveOperationException {
        // getSession by reflection too: its return type lies in H2's engine package, which no bundle may import
        Object session = call(connection.unwrap(JdbcConnection.class), "getSession");
        Object database = call(session, "getDatabase");
        Object store = call(database, "getStore");
        Object mvStore = call(store, "getMvStore");
        if (!(mvStore instanceof MVStore found) || found.getFileStore() == null) {
            throw new IllegalStateException("not a file database");
        }
        return found;
    }

    /**
     * The oldest version of the store that H2 keeps readable: a transaction reading from a snapshot (or a statement
     * under way) holds the version it started at, and no chunk that version still reads is freed meanwhile.
     * {@code getOldestVersionToKeep} is package-private in H2 2.4.
     */
    static long oldestVersionKept(MVStore store) throws ReflectiveOperationException {
        Method m = oldestVersionToKeep;
        if (m == null) {
            m = MVStore.class.getDeclaredMethod("getOldestVersionToKeep");
            m.setAccessible(true);
            oldestVersionToKeep = m;
        }
        return (long) m.invoke(store);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }
}
