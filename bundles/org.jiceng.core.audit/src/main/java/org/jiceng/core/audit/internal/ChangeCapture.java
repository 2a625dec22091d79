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
 * kept on the client session and appended to the chain in {@code preCommitTransaction}, on the same
 * connection just before it commits, so the chain's head row is locked only for that moment. A
 * rollback drops them. A very large transaction (an import) appends early instead of holding
 * every entry in memory.
 */
final class ChangeCapture extends SessionEventAdapter {
    private static final String PENDING = "org.jiceng.audit.pending";
    /** Entries kept in memory per transaction before they are appended early. */
    static final int EARLY_APPEND = 5_000;

    private final String unit;
    private final BooleanSupplier recording;

    ChangeCapture(String unit, BooleanSupplier recording) {
        this.unit = unit;
        this.recording = recording;
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
            appendPending(transactional);
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
            appendPending(session);
        }
    }

    @Override
    public void preRollbackTransaction(SessionEvent event) {
        if (event.getSession() instanceof AbstractSession session) {
            session.removeProperty(PENDING);
        }
    }

    private void appendPending(AbstractSession session) {
        List<PendingEntry> pending = pending(session, false);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        session.removeProperty(PENDING);
        try {
            AuditChain.append(connectionOf(session), pending);
        } catch (SQLException e) {
            // Thrown inside the commit: the write rolls back rather than commit without its entries.
            throw DatabaseException.sqlException(e, session, false);
        }
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
