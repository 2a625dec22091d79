package org.jiceng.core.registry.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.registry.JurisdictionLevel;
import org.jspecify.annotations.Nullable;

/**
 * The county of each member, kept on its row ({@code party_member.county_code}, V18) by every write of the registry
 * that places a member in an organization or moves an organization, in the same transaction: a county's member pages
 * then read one range of the (county, name) or (county, id) index instead of joining every member to the county's
 * organizations and closure rows (issue #21: 20.7 ms at p95 for a county's first page by name on H2). A member's
 * county is the county-level ancestor of its organization's jurisdiction (or the jurisdiction itself); above county
 * level it has none. Jurisdictions never change parent, so nothing else moves a member's county.
 */
public final class MemberCounties {
    private static final int SLICE = 1_000;
    /** The county of the member of the row being updated, as V18 filled it in (SQL). */
    private static final String COUNTY_OF_MEMBER = "SELECT c.ancestor_code FROM party_organization o, jurisdiction_closure c, jurisdiction j"
            + " WHERE o.id = party_member.organization_id AND c.descendant_code = o.jurisdiction_code AND j.code = c.ancestor_code"
            + " AND j.jurisdiction_level = 'COUNTY'";
    /** {@link #placeUnplaced} in SQL (the unit test runs it on a schema migrated from V1). */
    static final String PLACE_UNPLACED = "UPDATE party_member SET county_code = (" + COUNTY_OF_MEMBER + ") WHERE county_code IS NULL AND EXISTS ("
            + COUNTY_OF_MEMBER + ")";

    private MemberCounties() {
    }

    /** Whether {@code code} names a county-level jurisdiction, whose members' lists are read by their kept county. */
    public static boolean isCounty(EntityManager em, @Nullable String code) {
        if (code == null) {
            return false;
        }
        JurisdictionEntity j = em.find(JurisdictionEntity.class, code);
        return j != null && j.getLevel() == JurisdictionLevel.COUNTY;
    }

    /** The county of a member of this organization (null above county level, or no such organization). */
    public static @Nullable String ofOrganization(EntityManager em, long organizationId) {
        OrganizationEntity o = em.find(OrganizationEntity.class, organizationId);
        return o == null ? null : ofJurisdictions(em, List.of(o.getJurisdictionCode())).get(o.getJurisdictionCode());
    }

    /** The county of each jurisdiction named that lies in one, asked for {@value #SLICE} codes at a time. */
    public static Map<String, String> ofJurisdictions(EntityManager em, Collection<String> codes) {
        Map<String, String> counties = new HashMap<>();
        List<String> distinct = codes.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            for (Object[] row : em.createQuery("SELECT c.descendantCode, c.ancestorCode FROM JurisdictionClosureEntity c, JurisdictionEntity j"
                    + " WHERE c.descendantCode IN :codes AND j.code = c.ancestorCode AND j.level = :county", Object[].class)
                    .setParameter("codes", distinct.subList(from, Math.min(from + SLICE, distinct.size())))
                    .setParameter("county", JurisdictionLevel.COUNTY).getResultList()) {
                counties.put((String) row[0], (String) row[1]);
            }
        }
        return counties;
    }

    /**
     * Places the members written without their county, and returns how many: during a rolling upgrade the nodes of
     * the version before V18 go on writing members after the first upgraded node migrated the schema. Run at every
     * start of the registry, so the start of the last upgraded node (when no older node is left) places them all;
     * members of organizations above county level keep none and are not touched.
     */
    public static int placeUnplaced(EntityManager em) {
        return em.createNativeQuery(PLACE_UNPLACED).executeUpdate();
    }

    /**
     * An organization moved to another jurisdiction takes its members along: their county follows, by one bulk
     * update (EclipseLink drops the members it caches, as after any bulk update).
     */
    public static void organizationMoved(EntityManager em, long organizationId, String fromCode, String toCode) {
        if (fromCode.equals(toCode)) {
            return;
        }
        Map<String, String> counties = ofJurisdictions(em, List.of(fromCode, toCode));
        String to = counties.get(toCode);
        if (java.util.Objects.equals(counties.get(fromCode), to)) {
            return;
        }
        em.createQuery("UPDATE MemberEntity m SET m.countyCode = :county WHERE m.organizationId = :organization")
                .setParameter("county", to).setParameter("organization", organizationId).executeUpdate();
    }
}
