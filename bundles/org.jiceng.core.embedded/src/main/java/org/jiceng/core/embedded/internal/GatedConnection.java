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

/**
 * A connection to the embedded H2 whose writes pass the {@link CommitGate}: a writing statement shares
 * it while it executes; what stores a chunk takes it alone: the commit or rollback of a transaction that
 * wrote, turning auto-commit on or closing the connection while such a transaction is open (both end it),
 * a writing statement in auto-commit mode and a statement that is not data manipulation (DDL commits by
 * itself in H2). A statement locking rows for update first takes its lock in {@link RowLocks}, kept until
 * the transaction ends. Reads ({@code SELECT} without a lock or a sequence) never touch either, and the
 * commit of a transaction that wrote nothing stores nothing, so it does not either. Made with
 * {@link Proxy}, since a connection and its statements have some two hundred methods of which a handful
 * matter here.
 */
final class GatedConnection implements InvocationHandler {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");
    private static final Set<String> ENDS = Set.of("commit", "rollback", "close", "abort", "setAutoCommit");

    private final Connection connection;
    private final CommitGate gate;
    private final RowLocks rowLocks;
    private final List<Semaphore> heldRowLocks = new ArrayList<>(1);
    private Connection proxy;
    private boolean wrote; // whether the open transaction has written (outside auto-commit)

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

    private GatedConnection(Connection connection, CommitGate gate, RowLocks rowLocks) {
        this.connection = connection;
        this.gate = gate;
        this.rowLocks = rowLocks;
    }

    static Connection wrap(Connection connection, CommitGate gate, RowLocks rowLocks) {
        GatedConnection handler = new GatedConnection(connection, gate, rowLocks);
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
        Object result = call(connection, method, args);
        if (result instanceof Statement statement) {
            String sql = statement instanceof PreparedStatement && args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            return gatedStatement(statement, sql);
        }
        return result;
    }

    /** Whether this call ends the open transaction: a full rollback, auto-commit turned on, a commit, a close. */
    private static boolean endsTransaction(String name, Object[] args) {
        return switch (name) {
            case "rollback" -> args == null || args.length == 0;
            case "setAutoCommit" -> Boolean.TRUE.equals(args[0]);
            default -> true;
        };
    }

    /** Ends the transaction through the gate when it wrote, then lets its row locks go. */
    private Object endTransaction(Method method, Object[] args) throws Throwable {
        try {
            if (wrote && !connection.isClosed()) {
                return gate.commit(() -> call(connection, method, args));
            }
            return call(connection, method, args);
        } finally {
            wrote = false;
            releaseRowLocks();
        }
    }

    /** A statement that passes the gate as it executes, by the kind of its SQL (a plain statement's is known only then). */
    private Statement gatedStatement(Statement statement, String preparedSql) {
        Class<?> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        Kind preparedKind = preparedSql == null ? null : Kind.of(preparedSql);
        boolean preparedLocksRows = preparedSql != null && RowLocks.locksRows(preparedSql); // once, not at every execution
        InvocationHandler handler = (self, method, args) -> {
            if (isIdentity(method)) {
                return identity(self, method, args);
            }
            String name = method.getName();
            if (name.equals("getConnection")) {
                return proxy;
            }
            if (!EXECUTIONS.contains(name)) {
                return call(statement, method, args);
            }
            if (preparedSql != null) {
                return execute(preparedKind, preparedLocksRows ? preparedSql : null, () -> call(statement, method, args));
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
