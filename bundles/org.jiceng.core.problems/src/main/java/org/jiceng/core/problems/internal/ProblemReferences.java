package org.jiceng.core.problems.internal;

import java.util.List;

import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Problems whose subject is the member or organization, and accountability actions against it. */
@Component(service = RecordReferences.class)
public class ProblemReferences implements RecordReferences {
    private final ProblemStore store;

    @Activate
    public ProblemReferences(@Reference ProblemStore store) {
        this.store = store;
    }

    @Override
    public List<ReferenceCount> referencesTo(ReferencedRecord record, long id) {
        // a subject is the registry's record when its type is the record's name (MEMBER, ORGANIZATION) and its id the record's id
        long subjects = store.tx().read(em -> em.createQuery("SELECT COUNT(x) FROM ProblemEntity x WHERE x.subjectType = :type AND x.subjectId = :id",
                Long.class).setParameter("type", record.name()).setParameter("id", String.valueOf(id)).getSingleResult());
        long actions = store.tx().read(em -> em.createQuery("SELECT COUNT(a) FROM AccountabilityEntity a WHERE a."
                + (record == ReferencedRecord.MEMBER ? "targetMemberId" : "targetOrganizationId") + " = :id", Long.class).setParameter("id", id)
                .getSingleResult());
        return RecordReferences.nonZero(new ReferenceCount("problem(s)", subjects), new ReferenceCount("accountability action(s)", actions));
    }
}
