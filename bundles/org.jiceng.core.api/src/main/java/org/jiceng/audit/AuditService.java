package org.jiceng.audit;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
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

    /**
     * Runs a bulk load of the core's own (the demo data set) on the calling thread without an entry
     * per written row, then records one {@code DATA_LOADED} entry naming {@code what} with its
     * counts; the entry carries the caller, so the load is visible in the trail. Nothing is
     * recorded when {@code work} fails.
     *
     * @param countsJson a JSON object of the counts, from what {@code work} returned
     * @return what {@code work} returned
     */
    <T> T recordAsOneLoad(String what, Supplier<T> work, Function<? super T, String> countsJson);

    /**
     * Records, with the caller, an action that writes no table of its own (a module installed or
     * uninstalled), in a transaction of its own; nothing when recording is off.
     *
     * @param unit what did it ({@code deployment})
     * @param afterJson a JSON object describing the result, or null
     */
    void recordAction(AuditAction action, String unit, String entity, String entityId, @Nullable String beforeJson, @Nullable String afterJson);

    /** Whether writes are recorded now (configuration {@code org.jiceng.audit}, {@code enabled}). */
    boolean recording();
}
