package org.jiceng.core.checklists.internal;

import java.util.List;

import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Checklist evaluations whose subject is the member or organization. */
@Component(service = RecordReferences.class)
public class ChecklistReferences implements RecordReferences {
    private final ChecklistStore store;

    @Activate
    public ChecklistReferences(@Reference ChecklistStore store) {
        this.store = store;
    }

    @Override
    public List<ReferenceCount> referencesTo(ReferencedRecord record, long id) {
        // a subject is the registry's record when its type is the record's name (MEMBER, ORGANIZATION) and its id the record's id
        long subjects = store.tx()
                .read(em -> em.createQuery("SELECT COUNT(x) FROM EvaluationEntity x WHERE x.subjectType = :type AND x.subjectId = :id",
                        Long.class).setParameter("type", record.name()).setParameter("id", String.valueOf(id)).getSingleResult());
        return RecordReferences.nonZero(new ReferenceCount("checklist evaluation(s)", subjects));
    }
}
