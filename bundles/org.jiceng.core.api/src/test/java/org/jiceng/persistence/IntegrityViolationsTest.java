package org.jiceng.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;

import javax.persistence.PersistenceException;

import org.jiceng.common.ConflictException;
import org.junit.jupiter.api.Test;

/** The messages are what H2 2.4.240 and PostgreSQL 15 (PgJDBC) answered for the same three refusals. */
class IntegrityViolationsTest {
    private static final String H2_STILL_REFERRED = "Referential integrity constraint violation: \"CONSTRAINT_E4: PUBLIC.ACCOUNT FOREIGN "
            + "KEY(JURISDICTION_CODE) REFERENCES PUBLIC.JURISDICTION(CODE) ('441481')\"; SQL statement:\n"
            + "DELETE FROM jurisdiction WHERE code='441481' [23503-240]";
    private static final String H2_MISSING = "Referential integrity constraint violation: \"CONSTRAINT_E4: PUBLIC.ACCOUNT FOREIGN "
            + "KEY(JURISDICTION_CODE) REFERENCES PUBLIC.JURISDICTION(CODE) ('999')\"; SQL statement:\nINSERT INTO account VALUES (2, '999') "
            + "[23506-240]";
    private static final String PG_STILL_REFERRED = "ERROR: update or delete on table \"jurisdiction\" violates foreign key constraint "
            + "\"account_jurisdiction_code_fkey\" on table \"account\"\n  Detail: Key (code)=(441481) is still referenced from table \"account\".";
    private static final String PG_MISSING = "ERROR: insert or update on table \"account\" violates foreign key constraint "
            + "\"account_jurisdiction_code_fkey\"\n  Detail: Key (jurisdiction_code)=(999) is not present in table \"jurisdiction\".";

    @Test
    void aRecordStillReferredToNamesTheTableThatRefersToIt() {
        String expected = "Other records still refer to this one (table account): change or remove them first";
        assertEquals(expected, IntegrityViolations.conflictOf("23503", H2_STILL_REFERRED).getMessage());
        assertEquals(expected, IntegrityViolations.conflictOf("23503", PG_STILL_REFERRED).getMessage());
    }

    @Test
    void aReferenceToAMissingRecordAndATakenKeyAreConflictsToo() {
        String missing = "The record refers to another that does not exist (any more)";
        assertEquals(missing, IntegrityViolations.conflictOf("23506", H2_MISSING).getMessage());
        assertEquals(missing, IntegrityViolations.conflictOf("23503", PG_MISSING).getMessage());
        assertEquals(IntegrityViolations.conflictOf("23505", "ERROR: duplicate key value violates unique constraint \"ax_pkey\"").getMessage(),
                IntegrityViolations.conflictOf("23505", "Unique index or primary key violation: ...").getMessage());
    }

    @Test
    void foundAmongTheCausesAndOnlyForKeys() {
        PersistenceException wrapped = new PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException(new SQLException(PG_STILL_REFERRED, "23503")));
        ConflictException conflict = IntegrityViolations.conflictOf(wrapped);
        assertEquals("Other records still refer to this one (table account): change or remove them first", conflict.getMessage());
        assertNull(IntegrityViolations.conflictOf(new PersistenceException(new SQLException("Connection is closed", "08003"))));
        assertNull(IntegrityViolations.conflictOf(new PersistenceException("no SQL at all")));
        assertNull(IntegrityViolations.conflictOf("23502", "NULL not allowed for column \"NAME\""), "a missing value is the service's to check");
        assertSame(null, IntegrityViolations.conflictOf(new PersistenceException(new SQLException("no state"))));
    }
}
