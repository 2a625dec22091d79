package org.jiceng.core.embedded.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

import org.jiceng.core.embedded.internal.StatementCache.Shape;

/**
 * A connection to the embedded H2 whose writes pass the {@link CommitGate}: a writing statement shares
 * it while it executes; what stores a chunk takes it alone: the commit or rollback of a transaction that
 * wrote, turning auto-commit on or closing the connection while such a transaction is open (both end it),
 * a writing statement in auto-commit mode and a statement that is not data manipulation (DDL commits by
 * itself in H2). A statement locking rows for update first takes its lock in {@link RowLocks}, kept until
 * the transaction ends. Reads ({@code SELECT} without a lock or a sequence) never touch either, and the
 * commit of a transaction that wrote nothing stores nothing, so it does not either. Statements of a
 * reusable shape come from the connection's {@link StatementCache} and go back to it when closed. Made with
 * {@link Proxy}, since a connection and its statements have some two hundred methods of which a handful
 * matter here.
 */
final class GatedConnection implements InvocationHandler {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");
    private static final Set<String> ENDS = Set.of("commit", "rollback", "close", "abort", "setAutoCommit");
    /** Settings that would outlast a statement's use: one changed is closed after it, not kept. */
    private static final Set<String> LASTING_SETTINGS = Set.of("setMaxRows", "setLargeMaxRows", "setFetchSize", "setFetchDirection",
            "setQueryTimeout", "setEscapeProcessing", "setCursorName", "setPoolable", "closeOnCompletion", "setMaxFieldSize");

    private final Connection connection;
    private final CommitGate gate;
    private final RowLocks rowLocks;
    private final List<Semaphore> heldRowLocks = new ArrayList<>(1);
    private final StatementCache statements; // null: every statement through the pool
    private final List<Lease> lent = new ArrayList<>(2); // the kept statements in use
    private Connection proxy;
    private boolean wrote; // whether the open transaction has written (outside auto-commit)
    private boolean unseenByPool; // whether kept statements executed in the open transaction (the pool saw none of it)

    /** What a statement does, as far as the gate is concerned. */
    enum Kind {
        /** a plain query: no gate */
        READ,
        /** data manipulation, a locking read or a sequence's next value: shares the gate */
        WRITE,
        /** anything else (DDL, SET, …): may commit by itself, so takes the gate alone */
        OTHER;

        /** The kind of {@code sql} in H2's dialect as Jiceng uses it. */
        static Kind of(String sql) {
            String text = sql.stripLeading().toUpperCase(Locale.ROOT);
            if (text.startsWith("SELECT") || text.startsWith("WITH") || text.startsWith("VALUES") || text.startsWith("TABLE")) {
                boolean writes = RowLocks.locksRows(text) || text.contains("NEXT VALUE") || text.contains("NEXTVAL")
                        || text.startsWith("WITH") && (text.contains("INSERT") || text.contains("UPDATE") || text.contains("DELETE"));
                return writes ? WRITE : READ;
            }
            boolean manipulates = text.startsWith("INSERT") || text.startsWith("UPDATE") || text.startsWith("DELETE") || text.startsWith("MERGE")
                    || text.startsWith("CALL");
            return manipulates ? WRITE : OTHER;
        }
    }

    private GatedConnection(Connection connection, CommitGate gate, RowLocks rowLocks, StatementCache statements) {
        this.connection = connection;
        this.gate = gate;
        this.rowLocks = rowLocks;
        this.statements = statements;
    }

    /** @param statements the kept statements of the connection behind {@code connection}, or null to keep none */
    static Connection wrap(Connection connection, CommitGate gate, RowLocks rowLocks, StatementCache statements) {
        GatedConnection handler = new GatedConnection(connection, gate, rowLocks, statements);
        handler.proxy = (Connection) Proxy.newProxyInstance(GatedConnection.class.getClassLoader(), new Class<?>[]{Connection.class}, handler);
        return handler.proxy;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        if (isIdentity(method)) {
            return identity(self, method, args);
        }
        String name = method.getName();
        if (ENDS.contains(name) && endsTransaction(name, args)) {
            return endTransaction(method, args);
        }
        if (statements != null && name.equals("prepareStatement") && args.length == 1) {
            String sql = (String) args[0];
            Shape shape = Shape.of(sql);
            if (shape.reusable()) {
                return keptStatement(sql, shape);
            }
            return gatedStatement(connection.prepareStatement(sql), sql, shape, null);
        }
        Object result = call(connection, method, args);
        if (result instanceof Statement statement) {
            String sql = statement instanceof PreparedStatement && args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            return gatedStatement(statement, sql, sql == null ? null : Shape.of(sql), null);
        }
        return result;
    }

    /** A statement of the cache, in this connection's hands until it is closed (or the connection is). */
    private Statement keptStatement(String sql, Shape shape) throws SQLException {
        PreparedStatement statement = statements.take(sql);
        Lease lease = new Lease(sql, statement);
        lent.add(lease);
        return gatedStatement(statement, sql, shape, lease);
    }

    /** A kept statement's use: closing it gives it back to the cache, once, unless a lasting setting was changed. */
    private final class Lease {
        private final String sql;
        private final PreparedStatement statement;
        private boolean changed;
        private boolean over;

        Lease(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }

        void giveBack() {
            if (over) {
                return;
            }
            over = true;
            lent.remove(this);
            if (changed) {
                StatementCache.closeQuietly(statement);
            } else {
                statements.keep(sql, statement);
            }
        }
    }

    /** Whether this call ends the open transaction: a full rollback, auto-commit turned on, a commit, a close. */
    private static boolean endsTransaction(String name, Object[] args) {
        return switch (name) {
            case "rollback" -> args == null || args.length == 0;
            case "setAutoCommit" -> Boolean.TRUE.equals(args[0]);
            default -> true;
        };
    }

    /**
     * Ends the transaction through the gate when it wrote, then lets its row locks go. Closing the connection gives
     * its kept statements back first and rolls back what they did in a transaction left open, as the pool does for
     * the statements it saw.
     */
    private Object endTransaction(Method method, Object[] args) throws Throwable {
        try {
            String name = method.getName();
            if (name.equals("close") || name.equals("abort")) {
                for (Lease lease : List.copyOf(lent)) {
                    lease.giveBack();
                }
                if (unseenByPool && name.equals("close") && !connection.isClosed() && !connection.getAutoCommit()) {
                    rollBack();
                }
            }
            if (wrote && !connection.isClosed()) {
                return gate.commit(() -> call(connection, method, args));
            }
            return call(connection, method, args);
        } finally {
            wrote = false;
            unseenByPool = false;
            releaseRowLocks();
        }
    }

    private void rollBack() throws SQLException {
        if (wrote) {
            gate.commit(() -> {
                connection.rollback();
                return null;
            });
            wrote = false;
        } else {
            connection.rollback();
        }
    }

    /**
     * A statement that passes the gate as it executes, by the kind of its SQL (a plain statement's is known only
     * then).
     *
     * @param preparedSql a prepared statement's text, null for a plain statement
     * @param prepared    the shape of that text
     * @param lease       how a kept statement goes back to the cache, null for one of the pool
     */
    private Statement gatedStatement(Statement statement, String preparedSql, Shape prepared, Lease lease) {
        Class<?> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler handler = (self, method, args) -> {
            if (isIdentity(method)) {
                return identity(self, method, args);
            }
            String name = method.getName();
            if (name.equals("getConnection")) {
                return proxy;
            }
            if (lease != null) {
                if (name.equals("close")) {
                    lease.giveBack();
                    return null;
                }
                if (name.equals("isClosed")) {
                    return lease.over || statement.isClosed();
                }
                if (lease.over) {
                    throw new SQLException("The statement is closed", "HY010");
                }
                lease.changed |= LASTING_SETTINGS.contains(name);
            }
            if (!EXECUTIONS.contains(name)) {
                return call(statement, method, args);
            }
            if (prepared != null) {
                unseenByPool |= lease != null;
                return execute(prepared.kind(), prepared.locksRows() ? preparedSql : null, () -> call(statement, method, args));
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            // a batch of plain statements is data manipulation in Jiceng (the texts were given to addBatch)
            return execute(sql == null ? Kind.WRITE : Kind.of(sql), sql != null && RowLocks.locksRows(sql) ? sql : null,
                    () -> call(statement, method, args));
        };
        return (Statement) Proxy.newProxyInstance(GatedConnection.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    /** @param rowLockSql the statement's text when it locks rows for update, else null */
    private Object execute(Kind kind, String rowLockSql, CommitGate.SqlWork<Object> execution) throws SQLException {
        if (kind == Kind.READ) {
            return execution.run();
        }
        boolean autoCommit = connection.getAutoCommit();
        if (kind == Kind.OTHER || autoCommit) {
            return gate.commit(execution); // stores a chunk itself
        }
        if (rowLockSql != null) {
            takeRowLock(rowLockSql);
        }
        wrote = true;
        return gate.statement(execution);
    }

    /** Takes the JVM lock of a statement that locks rows, unless this transaction holds it already (a second audit entry). */
    private void takeRowLock(String sql) throws SQLException {
        Semaphore lock = rowLocks.of(sql);
        if (heldRowLocks.contains(lock)) {
            return;
        }
        try {
            if (rowLocks.take(lock)) {
                heldRowLocks.add(lock);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting to lock rows: " + sql, "57014", e);
        }
    }

    private void releaseRowLocks() {
        for (Semaphore lock : heldRowLocks) {
            lock.release();
        }
        heldRowLocks.clear();
    }

    private static Object call(Object target, Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new SQLException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** equals and hashCode of the proxy itself, not of what it wraps: pools and caches key maps by it. */
    private static boolean isIdentity(Method method) {
        return method.getDeclaringClass() == Object.class && !method.getName().equals("toString");
    }

    private static Object identity(Object self, Method method, Object[] args) {
        return method.getName().equals("equals") ? self == args[0] : (Object) System.identityHashCode(self);
    }
}
