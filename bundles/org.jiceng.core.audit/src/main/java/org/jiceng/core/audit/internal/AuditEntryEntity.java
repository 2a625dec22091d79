package org.jiceng.core.audit.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.jiceng.audit.AuditAction;
import org.jiceng.audit.AuditEntry;
import org.jiceng.security.Channel;

/** An audit row, read through JPA for searches only; rows are written by {@link AuditChain} with JDBC. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {
    @Id
    @Column(name = "seq")
    long seq;
    @Column(name = "occurred_at")
    LocalDateTime occurredAt;
    @Column(name = "username")
    String username;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    Channel channel;
    @Column(name = "remote_address")
    String remoteAddress;
    @Column(name = "caller_jurisdiction")
    String callerJurisdiction;
    @Column(name = "jurisdiction_code")
    String jurisdictionCode;
    @Column(name = "unit_name")
    String unit;
    @Column(name = "entity")
    String entity;
    @Column(name = "table_name")
    String tableName;
    @Column(name = "entity_id")
    String entityId;
    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    AuditAction action;
    @Column(name = "before_json")
    String beforeJson;
    @Column(name = "after_json")
    String afterJson;
    @Column(name = "prev_hash")
    String prevHash;
    @Column(name = "hash")
    String hash;

    AuditEntry toApi() {
        return new AuditEntry(seq, occurredAt, username, channel, remoteAddress, callerJurisdiction, jurisdictionCode, unit, entity,
                tableName, entityId, action, beforeJson, afterJson, prevHash, hash);
    }
}
