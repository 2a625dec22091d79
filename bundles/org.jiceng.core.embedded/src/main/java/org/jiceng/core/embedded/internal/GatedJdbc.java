package org.jiceng.core.embedded.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

/**
 * H2's data source with every commit passed through a {@link CommitGate}: {@code commit()}, the
 * commit of switching auto-commit back on, and each writing statement run in auto-commit mode
 * (H2 commits it before it returns). Queries are not gated: one that changes nothing commits
 * nothing. Everything else, {@code unwrap} included, goes straight to H2.
 */
final class GatedJdbc {
    /** Statement calls that commit on their own in auto-commit mode (a query changes nothing; {@code execute} may). */
    private static final Set<String> WRITING_CALLS = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private GatedJdbc() {
    }

    static DataSource dataSource(DataSource h2, CommitGate gate) {
        return proxy(DataSource.class, h2, (proxy, method, args) -> {
            Object result = call(h2, method, args);
            return result instanceof Connection c && method.getName().equals("getConnection") ? connection(c, gate) : result;
        });
    }

    static Connection connection(Connection h2, CommitGate gate) {
        Connection[] self = new Connection[1];
        self[0] = proxy(Connection.class, h2, (proxy, method, args) -> switch (method.getName()) {
            case "commit" -> gate.through(() -> call(h2, method, args));
            // switching auto-commit on commits the transaction under way (JDBC's rule, and H2's)
            case "setAutoCommit" -> (Boolean) args[0] && !h2.getAutoCommit() ? gate.through(() -> call(h2, method, args)) : call(h2, method, args);
            case "createStatement", "prepareStatement", "prepareCall" -> statement(method.getReturnType(), (Statement) call(h2, method, args),
                    h2, self[0], gate);
            default -> call(h2, method, args);
        });
        return self[0];
    }

    private static Object statement(Class<?> type, Statement h2, Connection h2Connection, Connection gated, CommitGate gate) {
        return proxy(type, h2, (proxy, method, args) -> {
            if (WRITING_CALLS.contains(method.getName()) && h2Connection.getAutoCommit()) {
                return gate.through(() -> call(h2, method, args));
            }
            return method.getName().equals("getConnection") ? gated : call(h2, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler calls) {
        return (T) Proxy.newProxyInstance(GatedJdbc.class.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "gated " + target;
                };
            }
            return calls.invoke(proxy, method, args);
        });
    }

    /** Calls H2, handing on what it throws as it threw it. */
    private static Object call(Object target, Method method, Object[] args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
