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
 * Counts a jurisdiction's overview in a few grouped queries, whatever the number of jurisdictions below it.
 * A subtree of up to {@value Subtree#LISTED_ORGANIZATIONS} organizations (a county) has its organizations read
 * and its members counted per organization from an index; a bigger one (a city, a province) is counted by the
 * database per child over the closure (one closure row per record, so every record is read once), then what is
 * placed at the jurisdiction itself. The subtree's figures are the sum of its children's and its own.
 */
final class OverviewCounts {
    private static final String ORGANIZATIONS = "SELECT %s, o.status, COUNT(o) FROM OrganizationEntity o%s WHERE %s GROUP BY %s, o.status";
    // COUNT(m.stage), not COUNT(m): counted from the (organization, stage, status) index, which holds no id
    private static final String MEMBERS = "SELECT %s, m.stage, m.membershipStatus, COUNT(m.stage) FROM MemberEntity m, OrganizationEntity o%s"
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
        Tally total = new Tally();
        List<Object[]> organizations = em
                .createQuery("SELECT o.id, o.status, o.jurisdictionCode FROM OrganizationEntity o WHERE o.jurisdictionCode IN "
                        + Subtree.CODES, Object[].class)
                .setParameter("scope", jurisdiction.code()).setMaxResults(Subtree.LISTED_ORGANIZATIONS + 1)
                .getResultList();
        if (organizations.size() <= Subtree.LISTED_ORGANIZATIONS) {
            countListed(em, byChild, total, organizations);
        } else {
            countByClosure(em, jurisdiction, byChild, total);
        }
        List<Below> below = new ArrayList<>();
        for (Jurisdiction child : children) {
            Tally t = byChild.get(child.code());
            total.add(t);
            below.add(new Below(child, t.figures()));
        }
        return new JurisdictionOverview(jurisdiction, total.figures(), below);
    }

    /**
     * A county or smaller: its organizations are already read, each is placed under its child by the closure rows of
     * the children, and the members are counted per organization from the (organization, stage, status) index.
     */
    private static void countListed(EntityManager em, Map<String, Tally> byChild, Tally here, List<Object[]> organizations) {
        if (organizations.isEmpty()) {
            return;
        }
        Map<String, String> childOf = new HashMap<>();
        if (!byChild.isEmpty()) {
            for (Object[] r : em
                    .createQuery("SELECT c.descendantCode, c.ancestorCode FROM JurisdictionClosureEntity c WHERE c.ancestorCode IN :children",
                            Object[].class)
                    .setParameter("children", List.copyOf(byChild.keySet())).getResultList()) {
                childOf.put((String) r[0], (String) r[1]);
            }
        }
        Map<Long, Tally> tallyOf = new HashMap<>();
        for (Object[] o : organizations) {
            String child = childOf.get((String) o[2]);
            Tally t = child == null ? here : byChild.get(child);
            t.organizations((OrganizationStatus) o[1], 1);
            tallyOf.put((Long) o[0], t);
        }
        for (Object[] r : em.createQuery("SELECT m.organizationId, m.stage, m.membershipStatus, COUNT(m.stage) FROM MemberEntity m"
                + " WHERE m.organizationId IN :ids GROUP BY m.organizationId, m.stage, m.membershipStatus", Object[].class)
                .setParameter("ids", List.copyOf(tallyOf.keySet())).getResultList()) {
            tallyOf.get((Long) r[0]).members((MemberStage) r[1], (MembershipStatus) r[2], (Long) r[3]);
        }
    }

    /** A city or a province: counted by the database, grouped by child over the closure. */
    private static void countByClosure(EntityManager em, Jurisdiction jurisdiction, Map<String, Tally> byChild, Tally total) {
        if (!byChild.isEmpty()) {
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
        String here = "o.jurisdictionCode = :code";
        for (Object[] r : em.createQuery(ORGANIZATIONS.formatted("o.jurisdictionCode", "", here, "o.jurisdictionCode"), Object[].class)
                .setParameter("code", jurisdiction.code()).getResultList()) {
            total.organizations((OrganizationStatus) r[1], (Long) r[2]);
        }
        for (Object[] r : em.createQuery(MEMBERS.formatted("o.jurisdictionCode", "", here, "o.jurisdictionCode"), Object[].class)
                .setParameter("code", jurisdiction.code()).getResultList()) {
            total.members((MemberStage) r[1], (MembershipStatus) r[2], (Long) r[3]);
        }
    }
}
