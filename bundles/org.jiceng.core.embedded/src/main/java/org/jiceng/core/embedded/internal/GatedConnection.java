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
import java.util.Locale;
import java.util.Set;

/**
 * A connection that passes the {@link WriteGate} before its transaction's first write and leaves it
 * when the transaction ends: at commit, at a full rollback, when auto-commit is turned on, when the
 * connection is closed (a pool rolls an open transaction back then), and after each writing statement
 * in auto-commit mode. Reads never touch the gate. Made with {@link Proxy}, since a connection and its
 * statements have some two hundred methods of which a handful matter here.
 */
final class GatedConnection implements InvocationHandler {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");
    private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "close", "abort");

    private final Connection connection;
    private final WriteGate gate;
    private Connection proxy;
    private WriteGate.Pass pass; // while this connection's transaction writes

    private GatedConnection(Connection connection, WriteGate gate) {
        this.connection = connection;
        this.gate = gate;
    }

    static Connection wrap(Connection connection, WriteGate gate) {
        GatedConnection handler = new GatedConnection(connection, gate);
        handler.proxy = (Connection) Proxy.newProxyInstance(GatedConnection.class.getClassLoader(), new Class<?>[]{Connection.class}, handler);
        return handler.proxy;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (isIdentity(method)) {
            return identity(self, method, args);
        }
        try {
            Object result = method.invoke(connection, args);
            if (result instanceof Statement statement) {
                boolean writes = !(statement instanceof PreparedStatement) || SqlWrites.writes((String) args[0]);
                return gatedStatement(statement, writes);
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            boolean ends = TRANSACTION_ENDS.contains(name)
                    || (name.equals("rollback") && (args == null || args.length == 0))
                    || (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]));
            if (ends) {
                leave();
            }
        }
    }

    /**
     * A statement that enters the gate before executing when it writes: a plain statement's SQL is
     * known only as it executes (or, in a batch, not at all: counted as a write).
     */
    private Statement gatedStatement(Statement statement, boolean prepareWrites) {
        Class<?> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (isIdentity(method)) {
                return identity(self, method, args);
            }
            if (name.equals("getConnection")) {
                return proxy;
            }
            boolean entered = false;
            if (EXECUTIONS.contains(name)) {
                boolean writes = statement instanceof PreparedStatement || args == null || args.length == 0 || !(args[0] instanceof String sql)
                        ? prepareWrites
                        : SqlWrites.writes(sql);
                entered = writes && enter();
            }
            try {
                return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (entered && autoCommitOrBroken()) {
                    leave(); // the statement was its own transaction
                }
            }
        };
        return (Statement) Proxy.newProxyInstance(GatedConnection.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private boolean autoCommitOrBroken() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true; // a connection that cannot answer writes nothing more
        }
    }

    /** equals and hashCode of the proxy itself, not of what it wraps: pools and caches key maps by it. */
    private static boolean isIdentity(Method method) {
        return method.getDeclaringClass() == Object.class && !method.getName().equals("toString");
    }

    private static Object identity(Object self, Method method, Object[] args) {
        return method.getName().equals("equals") ? self == args[0] : (Object) System.identityHashCode(self);
    }

    /** Enters unless this transaction already has; whether it entered now. */
    private synchronized boolean enter() throws SQLException {
        if (pass != null) {
            return false;
        }
        try {
            pass = gate.enter();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the embedded database's compaction step", "57014", e);
        }
    }

    private synchronized void leave() {
        if (pass != null) {
            gate.leave(pass);
            pass = null;
        }
    }

    /** Writes in H2's dialect as Jiceng uses it: anything but a plain SELECT (one that locks or draws a sequence writes). */
    static final class SqlWrites {
        private SqlWrites() {
        }

        static boolean writes(String sql) {
            String text = sql.stripLeading().toUpperCase(Locale.ROOT);
            return !text.startsWith("SELECT") || text.contains("FOR UPDATE") || text.contains("NEXT VALUE") || text.contains("NEXTVAL");
        }
    }
}
