package org.jiceng.core.duties.internal;

import java.util.List;

import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Duty reports whose reporter is the member or that are reported for the organization. */
@Component(service = RecordReferences.class)
public class DutyReferences implements RecordReferences {
    private final DutyStore store;

    @Activate
    public DutyReferences(@Reference DutyStore store) {
        this.store = store;
    }

    @Override
    public List<ReferenceCount> referencesTo(ReferencedRecord record, long id) {
        String attribute = record == ReferencedRecord.MEMBER ? "reporterMemberId" : "organizationId";
        long reports = store.tx().read(em -> em.createQuery("SELECT COUNT(x) FROM ReportEntity x WHERE x." + attribute + " = :id", Long.class)
                .setParameter("id", id).getSingleResult());
        return RecordReferences.nonZero(new ReferenceCount("duty report(s)", reports));
    }
}
