package org.jiceng.audit;

/** What an audit entry records. */
public enum AuditAction {
    /** A row was written for the first time; the entry holds all its values after. */
    INSERT,
    /** A row changed; the entry holds the changed values before and after. */
    UPDATE,
    /** A row was removed; the entry holds all its values before. */
    DELETE,
    /**
     * A bulk statement (JPQL UPDATE/DELETE or native SQL) changed rows without loading them: the
     * entry holds the statement and the number of rows, as the rows' values were never read.
     */
    BULK_WRITE,
    /** Auditing was switched on (configuration {@code org.jiceng.audit}, {@code enabled=true}). */
    AUDIT_ENABLED,
    /** Auditing was switched off: writes after this entry and before the next AUDIT_ENABLED are not recorded. */
    AUDIT_DISABLED,
    /** A data set was loaded as a whole (the demo data), recorded as one entry with its counts. */
    DATA_LOADED,
    /** A module installed at runtime (entity {@code Module}, its id). */
    INSTALL,
    /** A module uninstalled at runtime; its data is kept. */
    UNINSTALL
}
