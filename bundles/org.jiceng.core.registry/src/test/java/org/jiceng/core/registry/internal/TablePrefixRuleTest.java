package org.jiceng.core.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TablePrefixRuleTest {
    @Test
    void theModulesOwnObjectsPass() {
        List<String> statements = List.of(
                "CREATE TABLE x3m_target (id BIGINT PRIMARY KEY, CONSTRAINT uq_x3m_target_org UNIQUE (organization_id))",
                "create table if not exists X3M_dispatch (id bigint, CONSTRAINT fk_x3m_dispatch_target FOREIGN KEY (target_id) REFERENCES x3m_target (id))",
                "CREATE UNIQUE INDEX ix_x3m_dispatch_year ON x3m_dispatch (year)",
                "CREATE SEQUENCE x3m_seq",
                "ALTER TABLE x3m_target ADD COLUMN note VARCHAR(200)",
                "INSERT INTO x3m_target (id) VALUES (1)");
        assertEquals(List.of(), TablePrefixRule.violations("x3m", statements));
    }

    @Test
    void anythingElseIsNamed() {
        List<String> wrong = TablePrefixRule.violations("x3m", List.of(
                "CREATE TABLE member_extra (id BIGINT)",
                "ALTER TABLE party_member ADD COLUMN x3m_flag BOOLEAN",
                "CREATE INDEX ix_member_name ON x3m_target (name)",
                "CREATE TABLE x3m_ok (id BIGINT, CONSTRAINT fk_other FOREIGN KEY (id) REFERENCES x3m_ok (id))",
                "DROP TABLE audit_entry"));
        assertEquals(5, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).startsWith("member_extra"), wrong.toString());
        assertTrue(wrong.get(1).startsWith("party_member"), wrong.toString());
        assertTrue(wrong.get(2).startsWith("ix_member_name"), wrong.toString());
        assertTrue(wrong.get(3).startsWith("fk_other"), wrong.toString());
        assertTrue(wrong.get(4).startsWith("audit_entry"), wrong.toString());
    }

    @Test
    void aPrefixIsAWholeWordNotTheStartOfAnotherName() {
        assertEquals(1, TablePrefixRule.violations("x3m", List.of("CREATE TABLE x3mother (id BIGINT)")).size());
    }
}
