package org.jiceng.core.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.ModifyQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jiceng.security.CallerContext;

/**
 * Listens to one persistence unit's sessions and turns every write into audit entries, written in
 * the same database transaction as the write itself.
 * <p>
 * {@code prepareUnitOfWork} fires after each write pass (flush or commit) has issued its SQL and
 * before the transaction ends; the change set and the old values are known there. The entries are
 * kept on the client session and written in {@code preCommitTransaction}, on the same connection just
 * before it commits, to the pending entries ({@link PendingEntries}), which lock nothing shared; once
 * the transaction has committed, the {@link AuditChainer} is woken to chain them. A rollback drops
 * them. A very large transaction (an import) appends to the chain itself as it flushes instead of
 * holding every entry in memory (it then holds the chain's head until it ends).
 */
final class ChangeCapture extends SessionEventAdapter {
    private static final String PENDING = "org.jiceng.audit.pending";
    /** Set on a session whose transaction added pending entries, until it ends. */
    private static final String ADDED = "org.jiceng.audit.added";
    /** Entries kept in memory per transaction before they are appended early. */
    static final int EARLY_APPEND = 5_000;

    private final String unit;
    private final BooleanSupplier recording;
    private final Runnable pendingCommitted;

    /** {@code pendingCommitted} runs after a transaction that added pending entries has committed. */
    ChangeCapture(String unit, BooleanSupplier recording, Runnable pendingCommitted) {
        this.unit = unit;
        this.recording = recording;
        this.pendingCommitted = pendingCommitted;
    }

    @Override
    public void prepareUnitOfWork(SessionEvent event) {
        if (!(event.getSession() instanceof UnitOfWorkImpl uow) || !recording.getAsBoolean() || AuditSuppression.active()) {
            return;
        }
        List<PendingEntry> entries = EntityChanges.of(uow, unit, CallerContext.current());
        if (entries.isEmpty()) {
            return;
        }
        AbstractSession transactional = uow.getParent();
        List<PendingEntry> pending = pending(transactional, true);
        pending.addAll(entries);
        boolean flushing = uow instanceof RepeatableWriteUnitOfWork rw && rw.isWithinFlush();
        if (flushing && pending.size() >= EARLY_APPEND) {
            appendEarly(transactional);
        }
    }

    /**
     * Bulk statements bypass the change set; they are recorded as one entry each with the statement
     * and the number of rows, kept with the transaction's other entries.
     */
    @Override
    public void postExecuteQuery(SessionEvent event) {
        if (!(event.getSession() instanceof UnitOfWorkImpl uow) || !(event.getResult() instanceof Integer rows) || rows == 0
                || !(event.getQuery() instanceof ModifyQuery query) || !recording.getAsBoolean() || AuditSuppression.active()) {
            return;
        }
        PendingEntry entry = BulkStatements.entry(uow, query, rows, unit, CallerContext.current());
        if (entry != null) {
            pending(uow.getParent(), true).add(entry);
        }
    }

    @Override
    public void preCommitTransaction(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            List<PendingEntry> pending = take(session);
            if (pending.isEmpty()) {
                return;
            }
            try {
                PendingEntries.add(connectionOf(session), pending);
            } catch (SQLException e) {
                throw inTheCommit(e, session);
            }
            session.setProperty(ADDED, Boolean.TRUE);
        }
    }

    @Override
    public void postCommitTransaction(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session && session.getProperty(ADDED) != null) {
            session.removeProperty(ADDED);
            pendingCommitted.run();
        }
    }

    @Override
    public void preRollbackTransaction(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            session.removeProperty(PENDING);
            session.removeProperty(ADDED);
        }
    }

    /** A large transaction's entries so far, straight into the chain (its head stays locked until the transaction ends). */
    private void appendEarly(AbstractSession session) {
        List<PendingEntry> pending = take(session);
        try {
            AuditChain.append(connectionOf(session), pending);
        } catch (SQLException e) {
            throw inTheCommit(e, session);
        }
    }

    /** Thrown inside the write's flush or commit: the write rolls back rather than commit without its entries. */
    private static DatabaseException inTheCommit(SQLException e, AbstractSession session) {
        return DatabaseException.sqlException(e, session, false);
    }

    /** The session's entries not written yet, taken off it. */
    private static List<PendingEntry> take(AbstractSession session) {
        List<PendingEntry> pending = pending(session, false);
        session.removeProperty(PENDING);
        return pending == null ? List.of() : pending;
    }

    @SuppressWarnings("unchecked")
    private static List<PendingEntry> pending(AbstractSession session, boolean create) {
        List<PendingEntry> pending = (List<PendingEntry>) session.getProperty(PENDING);
        if (pending == null && create) {
            pending = new ArrayList<>();
            session.setProperty(PENDING, pending);
        }
        return pending;
    }

    /** The JDBC connection that carries the session's open transaction. */
    private static Connection connectionOf(AbstractSession session) throws SQLException {
        Collection<Accessor> accessors = session.getAccessors();
        if (accessors == null || accessors.isEmpty()) {
            throw new SQLException("No connection in transaction for the audit entries");
        }
        Connection c = accessors.iterator().next().getConnection();
        if (c == null || c.getAutoCommit()) {
            throw new SQLException("The write's connection is not in a transaction; audit entries cannot join it");
        }
        return c;
    }
}
