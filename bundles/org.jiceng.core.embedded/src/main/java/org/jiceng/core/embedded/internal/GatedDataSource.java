package org.jiceng.core.embedded.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbc.JdbcConnection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The data source everything in Jiceng uses ({@code osgi.jndi.service.name=jiceng}): pax-jdbc's pool
 * ({@code jiceng-pool}, etc/org.ops4j.datasource-jiceng.cfg), whose connections to the embedded H2 keep
 * writes out of the moments a chunk is stored ({@link CommitGate}, {@link GatedConnection}) and keep their prepared
 * statements for the next use ({@link StatementCache}). On PostgreSQL
 * it hands out the pool's connections as they are: whether the database is H2 is found out on the first
 * connection. On either, a database found unreachable is asked once a second, not by every request
 * ({@link DatabaseReachability}).
 */
@Component(service = {DataSource.class, GatedDataSource.class}, property = {"osgi.jndi.service.name=jiceng", "dataSourceName=jiceng"})
public class GatedDataSource implements DataSource {
    /**
     * How long a commit waits for the writing statements under way: they take microseconds, a batch of an
     * import's rows some milliseconds; one still running after this waits on a row lock the committing
     * transaction may hold.
     */
    static final long COMMIT_PATIENCE_MILLIS = 200;
    /** How long a statement waits for its row lock in the JVM: longer than any transaction holds the audit head. */
    static final long ROW_LOCK_PATIENCE_MILLIS = 2000;

    private final DataSource pool;
    private final CommitGate gate;
    private final RowLocks rowLocks;
    private final DatabaseReachability reachability = new DatabaseReachability();
    /** The kept statements of each of H2's connections behind the pool, by identity (the pool renews its connections). */
    private final Map<Connection, StatementCache> statements = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Boolean embedded;

    @Activate
    public GatedDataSource(@Reference(target = "(osgi.jndi.service.name=jiceng-pool)") DataSource pool) {
        this(pool, new CommitGate(COMMIT_PATIENCE_MILLIS), new RowLocks(ROW_LOCK_PATIENCE_MILLIS));
    }

    GatedDataSource(DataSource pool, CommitGate gate, RowLocks rowLocks) {
        this.pool = pool;
        this.gate = gate;
        this.rowLocks = rowLocks;
    }

    CommitGate gate() {
        return gate;
    }

    RowLocks rowLocks() {
        return rowLocks;
    }

    DatabaseReachability reachability() {
        return reachability;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return gated(attempt(null, null));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return gated(attempt(username, password));
    }

    private Connection attempt(String username, String password) throws SQLException {
        if (!reachability.mayTry()) {
            throw reachability.refusal();
        }
        Connection connection;
        try {
            connection = username == null && password == null ? pool.getConnection() : pool.getConnection(username, password);
        } catch (SQLException e) {
            reachability.failed(e);
            throw e;
        }
        reachability.connected();
        return connection;
    }

    private Connection gated(Connection connection) throws SQLException {
        Boolean h2 = embedded;
        if (h2 == null) {
            h2 = H2Stores.isH2(connection);
            embedded = h2;
        }
        return h2 ? GatedConnection.wrap(connection, gate, rowLocks, statementsOf(connection.unwrap(JdbcConnection.class))) : connection;
    }

    /** The kept statements of H2's connection {@code h2}; a new connection's come with a sweep of those the pool closed. */
    private StatementCache statementsOf(Connection h2) throws SQLException {
        StatementCache known = statements.get(h2);
        if (known != null) {
            return known;
        }
        synchronized (statements) {
            statements.values().removeIf(cache -> isClosed(cache.connection()));
            return statements.computeIfAbsent(h2, StatementCache::new);
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** How many of H2's connections have statements kept (tests). */
    int connectionsWithStatements() {
        return statements.size();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
