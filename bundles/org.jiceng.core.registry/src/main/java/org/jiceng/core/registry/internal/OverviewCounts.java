package org.jiceng.core.registry.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionOverview;
import org.jiceng.registry.JurisdictionOverview.Below;
import org.jiceng.registry.JurisdictionOverview.Figures;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationStatus;

/**
 * Counts a jurisdiction's overview in four grouped queries, whatever the number of jurisdictions below
 * it: the organizations and the members of each child's subtree (one closure row per record, so every
 * record is read once), then those placed at the jurisdiction itself; the subtree's figures are their sum.
 */
final class OverviewCounts {
    private static final String ORGANIZATIONS = "SELECT %s, o.status, COUNT(o) FROM OrganizationEntity o%s WHERE %s GROUP BY %s, o.status";
    private static final String MEMBERS = "SELECT %s, m.stage, m.membershipStatus, COUNT(m) FROM MemberEntity m, OrganizationEntity o%s"
            + " WHERE o.id = m.organizationId AND %s GROUP BY %s, m.stage, m.membershipStatus";

    /** The running counts of one subtree. */
    private static final class Tally {
        long organizations;
        long backward;
        long weakLax;
        long members;
        final Map<MemberStage, Long> pipeline = new EnumMap<>(MemberStage.class);

        Tally() {
            for (MemberStage s : MemberStage.values()) {
                pipeline.put(s, 0L);
            }
        }

        void organizations(OrganizationStatus status, long n) {
            organizations += n;
            backward += status == OrganizationStatus.BACKWARD ? n : 0;
            weakLax += status == OrganizationStatus.WEAK_LAX ? n : 0;
        }

        void members(MemberStage stage, MembershipStatus status, long n) {
            members += n;
            if (status == MembershipStatus.ACTIVE) {
                pipeline.merge(stage, n, Long::sum);
            }
        }

        void add(Tally other) {
            organizations += other.organizations;
            backward += other.backward;
            weakLax += other.weakLax;
            members += other.members;
            other.pipeline.forEach((stage, n) -> pipeline.merge(stage, n, Long::sum));
        }

        Figures figures() {
            return new Figures(organizations, backward, weakLax, members, pipeline);
        }
    }

    private OverviewCounts() {
    }

    static JurisdictionOverview of(EntityManager em, Jurisdiction jurisdiction, List<Jurisdiction> children) {
        Map<String, Tally> byChild = new HashMap<>();
        children.forEach(c -> byChild.put(c.code(), new Tally()));
        if (!children.isEmpty()) {
            String closure = ", JurisdictionClosureEntity c";
            String inChildren = "c.descendantCode = o.jurisdictionCode AND c.ancestorCode IN :children";
            List<String> codes = List.copyOf(byChild.keySet());
            for (Object[] r : em.createQuery(ORGANIZATIONS.formatted("c.ancestorCode", closure, inChildren, "c.ancestorCode"), Object[].class)
                    .setParameter("children", codes).getResultList()) {
                byChild.get((String) r[0]).organizations((OrganizationStatus) r[1], (Long) r[2]);
            }
            for (Object[] r : em.createQuery(MEMBERS.formatted("c.ancestorCode", closure, inChildren, "c.ancestorCode"), Object[].class)
                    .setParameter("children", codes).getResultList()) {
                byChild.get((String) r[0]).members((MemberStage) r[1], (MembershipStatus) r[2], (Long) r[3]);
            }
        }
        Tally total = new Tally();
        String here = "o.jurisdictionCode = :code";
        for (Object[] r : em.createQuery(ORGANIZATIONS.formatted("o.jurisdictionCode", "", here, "o.jurisdictionCode"), Object[].class)
                .setParameter("code", jurisdiction.code()).getResultList()) {
            total.organizations((OrganizationStatus) r[1], (Long) r[2]);
        }
        for (Object[] r : em.createQuery(MEMBERS.formatted("o.jurisdictionCode", "", here, "o.jurisdictionCode"), Object[].class)
                .setParameter("code", jurisdiction.code()).getResultList()) {
            total.members((MemberStage) r[1], (MembershipStatus) r[2], (Long) r[3]);
        }
        List<Below> below = new ArrayList<>();
        for (Jurisdiction child : children) {
            Tally t = byChild.get(child.code());
            total.add(t);
            below.add(new Below(child, t.figures()));
        }
        return new JurisdictionOverview(jurisdiction, total.figures(), below);
    }
}
