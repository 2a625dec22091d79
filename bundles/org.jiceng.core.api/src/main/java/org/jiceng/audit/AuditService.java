package org.jiceng.audit;

import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Search and verification of the audit trail. Entries are written by the core only. */
@ProviderType
public interface AuditService {
    /** Fields an audit search may sort on. */
    Set<String> SORTABLE = Set.of("seq", "occurredAt", "username", "entity", "action", "channel");

    /** Entries matching {@code query}, newest first unless sorted otherwise. */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);

    /** Walks the chain from the first entry and recomputes every hash. */
    AuditVerification verify();

    /** Whether writes are recorded now (configuration {@code org.jiceng.audit}, {@code enabled}). */
    boolean recording();
}
