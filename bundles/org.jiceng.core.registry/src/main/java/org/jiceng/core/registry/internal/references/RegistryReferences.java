package org.jiceng.core.registry.internal.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The registry's own records that keep a member's or an organization's history. */
@Component(service = RecordReferences.class)
public class RegistryReferences implements RecordReferences {
    /** JPQL counts of records referring to a member ({@code :id}), by what they are. */
    private static final Map<String, String> TO_MEMBER = new LinkedHashMap<>();
    /** JPQL counts of records referring to an organization ({@code :id}), by what they are. */
    private static final Map<String, String> TO_ORGANIZATION = new LinkedHashMap<>();

    static {
        for (String[] holder : new String[][]{{"DevelopmentEventEntity", "development event(s)"}, {"AttendanceEntity", "attendance record(s)"},
                {"DuesPaymentEntity", "dues payment(s)"}, {"PositionEntity", "position(s)"}, {"DesignationEntity", "cadre list entry(ies)"},
                {"AssignmentEntity", "assignment(s)"}, {"TransferEntity", "relation transfer(s)"},
                {"MobileMemberEntity", "mobile member record(s)"}}) {
            TO_MEMBER.put("SELECT COUNT(x) FROM " + holder[0] + " x WHERE x.memberId = :id", holder[1]);
        }
        TO_ORGANIZATION.put("SELECT COUNT(m) FROM MemberEntity m WHERE m.organizationId = :id", "member(s)");
        TO_ORGANIZATION.put("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.parentId = :id", "subordinate organization(s)");
        TO_ORGANIZATION.put("SELECT COUNT(a) FROM ActivityEntity a WHERE a.organizationId = :id", "organizational-life activity(ies)");
        TO_ORGANIZATION.put("SELECT COUNT(d) FROM DuesPaymentEntity d WHERE d.organizationId = :id", "dues payment(s)");
        TO_ORGANIZATION.put("SELECT COUNT(p) FROM PositionEntity p WHERE p.organizationId = :id", "position(s)");
        TO_ORGANIZATION.put("SELECT COUNT(t) FROM TransferEntity t WHERE t.fromOrganizationId = :id OR t.toOrganizationId = :id",
                "relation transfer(s)");
    }

    private final CoreStore store;

    @Activate
    public RegistryReferences(@Reference CoreStore store) {
        this.store = store;
    }

    @Override
    public List<ReferenceCount> referencesTo(ReferencedRecord record, long id) {
        Map<String, String> queries = record == ReferencedRecord.MEMBER ? TO_MEMBER : TO_ORGANIZATION;
        return store.tx().read(em -> {
            List<ReferenceCount> counts = new ArrayList<>();
            queries.forEach((query, records) -> counts.add(new ReferenceCount(records,
                    em.createQuery(query, Long.class).setParameter("id", id).getSingleResult())));
            return RecordReferences.nonZero(counts.toArray(ReferenceCount[]::new));
        });
    }
}
