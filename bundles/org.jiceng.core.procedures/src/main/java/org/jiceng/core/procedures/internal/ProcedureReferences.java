package org.jiceng.core.procedures.internal;

import java.util.List;

import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Procedure instances whose subject is the member or organization. */
@Component(service = RecordReferences.class)
public class ProcedureReferences implements RecordReferences {
    private final ProcedureStore store;

    @Activate
    public ProcedureReferences(@Reference ProcedureStore store) {
        this.store = store;
    }

    @Override
    public List<ReferenceCount> referencesTo(ReferencedRecord record, long id) {
        // a subject is the registry's record when its type is the record's name (MEMBER, ORGANIZATION) and its id the record's id
        long subjects = store.tx()
                .read(em -> em.createQuery("SELECT COUNT(x) FROM ProcedureInstanceEntity x WHERE x.subjectType = :type AND x.subjectId = :id",
                        Long.class).setParameter("type", record.name()).setParameter("id", String.valueOf(id)).getSingleResult());
        return RecordReferences.nonZero(new ReferenceCount("procedure instance(s)", subjects));
    }
}
