package org.jiceng.core.registry.internal.scoring;

import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.scoring.MetricProvider;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.SubjectKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Metric {@code members-developed}: members an organization admitted as probationary in the period. */
@Component(service = MetricProvider.class)
public class MembersDevelopedMetric implements MetricProvider {
    private final CoreStore store;

    @Activate
    public MembersDevelopedMetric(@Reference CoreStore store) {
        this.store = store;
    }

    @Override
    public String key() {
        return "members-developed";
    }

    @Override
    public SubjectKind subjectKind() {
        return SubjectKind.ORGANIZATION;
    }

    @Override
    public double value(String subjectId, PeriodKind periodKind, String period) {
        long organizationId;
        try {
            organizationId = Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            return 0;
        }
        return store.tx().read(em -> em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.organizationId = :o "
                + "AND m.probationDate BETWEEN :from AND :to", Long.class).setParameter("o", organizationId)
                .setParameter("from", periodKind.start(period)).setParameter("to", periodKind.end(period)).getSingleResult());
    }
}
