package org.jiceng.core.registry.internal.references;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jiceng.common.ConflictException;
import org.jiceng.registry.RecordReferences;
import org.jiceng.registry.RecordReferences.ReferenceCount;
import org.jiceng.registry.RecordReferences.ReferencedRecord;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Asks every registered {@link RecordReferences} — the registry's own, the engines', the installed
 * modules' — what still refers to a member or an organization before it is deleted. Holders come
 * and go with their bundles; the guard never waits for one.
 * <p>
 * Holders are bound by reference and fetched only while a delete asks them: a module's holder
 * needs the module's store, which may need the registry's services, which need this guard, so
 * fetching them when the guard is created would be a cycle.
 */
@Component(service = ReferenceGuard.class)
public class ReferenceGuard {
    private final BundleContext context;
    private final List<ServiceReference<RecordReferences>> holders = new CopyOnWriteArrayList<>();

    @Activate
    public ReferenceGuard(BundleContext context) {
        this.context = context;
    }

    @Reference(service = RecordReferences.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHolder(ServiceReference<RecordReferences> holder) {
        holders.add(holder);
    }

    void removeHolder(ServiceReference<RecordReferences> holder) {
        holders.remove(holder);
    }

    /**
     * Refuses with 409 when anything refers to the record.
     *
     * @param refusal the start of the message, e.g. "Member 5 is referred to by"; the counts follow
     * @param advice what to do instead, appended after the counts (may be empty)
     */
    public void refuseIfReferenced(ReferencedRecord record, long id, String refusal, String advice) {
        List<ReferenceCount> uses = new ArrayList<>();
        for (ServiceReference<RecordReferences> reference : holders) {
            RecordReferences holder = context.getService(reference);
            if (holder == null) {
                continue; // its bundle stopped meanwhile: its records are no one's to guard now
            }
            try {
                holder.referencesTo(record, id).stream().filter(c -> c.count() > 0).forEach(uses::add);
            } finally {
                context.ungetService(reference);
            }
        }
        if (!uses.isEmpty()) {
            throw new ConflictException(refusal + " " + String.join(", ", uses.stream().map(ReferenceCount::toString).toList()) + advice);
        }
    }
}
