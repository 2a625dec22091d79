package org.jiceng.core.registry.internal.references;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jiceng.common.ConflictException;
import org.jiceng.registry.RecordReferences;
import org.jiceng.registry.RecordReferences.ReferenceCount;
import org.jiceng.registry.RecordReferences.ReferencedRecord;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Asks every registered {@link RecordReferences} — the registry's own, the engines', the installed
 * modules' — what still refers to a member or an organization before it is deleted. Holders come
 * and go with their bundles; the guard never waits for one.
 */
@Component(service = ReferenceGuard.class)
public class ReferenceGuard {
    private final List<RecordReferences> holders = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHolder(RecordReferences holder) {
        holders.add(holder);
    }

    void removeHolder(RecordReferences holder) {
        holders.remove(holder);
    }

    /**
     * Refuses with 409 when anything refers to the record.
     *
     * @param refusal the start of the message, e.g. "Member 5 is referred to by"; the counts follow
     * @param advice what to do instead, appended after the counts (may be empty)
     */
    public void refuseIfReferenced(ReferencedRecord record, long id, String refusal, String advice) {
        List<ReferenceCount> uses = holders.stream().flatMap(h -> h.referencesTo(record, id).stream()).filter(c -> c.count() > 0).toList();
        if (!uses.isEmpty()) {
            throw new ConflictException(refusal + " " + String.join(", ", uses.stream().map(ReferenceCount::toString).toList()) + advice);
        }
    }
}
