package org.jiceng.core.registry.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.jspecify.annotations.Nullable;

/**
 * The members and Party organizations of each jurisdiction, kept in {@code jurisdiction_tally} (V16) by every write
 * of the registry that adds, removes or moves one, in the same transaction. A subtree's total is then a sum over its
 * jurisdictions instead of a count of its records: a province's first page of members counted 4,000,000 of them in
 * 1.3–1.5 s. A record counts at the jurisdiction of its organization.
 * <p>
 * Rows are changed by native SQL, never through an entity: EclipseLink would otherwise cache a figure that other
 * transactions keep changing. Each change is an {@code UPDATE … SET n = n + ?}, so concurrent writers add up under
 * the row's lock instead of overwriting each other; several rows are changed in code order, so two transactions
 * touching the same jurisdictions lock them in the same order and cannot deadlock. A row stays locked until its
 * transaction ends, so a long one (an import) changes its rows last, just before it commits: writers of the same
 * jurisdictions wait for that commit, not for the whole file.
 */
public final class JurisdictionTally {
    private static final String SUBTREE_SUM = "SELECT COALESCE(SUM(t.%s), 0) FROM jurisdiction_tally t WHERE t.jurisdiction_code IN "
            + "(SELECT c.descendant_code FROM jurisdiction_closure c WHERE c.ancestor_code = ?)";
    private static final int SLICE = 1_000;
    private static final String ALL_SUM = "SELECT COALESCE(SUM(t.%s), 0) FROM jurisdiction_tally t";

    /** What a row counts. */
    enum Kind {
        MEMBERS("members"), ORGANIZATIONS("organizations");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    private JurisdictionTally() {
    }

    /** The members of the subtree of {@code code} (of every jurisdiction when null). */
    public static long members(EntityManager em, @Nullable String code) {
        return sum(em, Kind.MEMBERS, code);
    }

    /** The Party organizations of the subtree of {@code code} (of every jurisdiction when null). */
    public static long organizations(EntityManager em, @Nullable String code) {
        return sum(em, Kind.ORGANIZATIONS, code);
    }

    private static long sum(EntityManager em, Kind kind, @Nullable String code) {
        Object sum = code == null
                ? em.createNativeQuery(String.format(ALL_SUM, kind.column)).getSingleResult()
                : em.createNativeQuery(String.format(SUBTREE_SUM, kind.column)).setParameter(1, code).getSingleResult();
        return ((Number) sum).longValue();
    }

    /** A new jurisdiction's row, with nothing in it yet. */
    public static void open(EntityManager em, String code) {
        em.createNativeQuery("INSERT INTO jurisdiction_tally (jurisdiction_code, members, organizations) VALUES (?, 0, 0)").setParameter(1, code)
                .executeUpdate();
    }

    /** A deleted jurisdiction's row (it holds nothing: a jurisdiction with organizations is not deleted). */
    public static void close(EntityManager em, String code) {
        em.createNativeQuery("DELETE FROM jurisdiction_tally WHERE jurisdiction_code = ?").setParameter(1, code).executeUpdate();
    }

    /** A member added to ({@code +1}) or taken from ({@code -1}) the organization {@code organizationId}. */
    public static void member(EntityManager em, long organizationId, int change) {
        apply(em, Kind.MEMBERS, Map.of(jurisdictionOf(em, organizationId), (long) change));
    }

    /** A member moved between two organizations (nothing when it stays in one jurisdiction). */
    public static void memberMoved(EntityManager em, long fromOrganizationId, long toOrganizationId) {
        String from = jurisdictionOf(em, fromOrganizationId);
        String to = jurisdictionOf(em, toOrganizationId);
        if (!from.equals(to)) {
            apply(em, Kind.MEMBERS, new TreeMap<>(Map.of(from, -1L, to, 1L)));
        }
    }

    /** Members added or taken per organization id (a whole import: one statement per jurisdiction, not per row). */
    public static void members(EntityManager em, Map<Long, Long> changesByOrganization) {
        Map<Long, Long> changed = new TreeMap<>();
        changesByOrganization.forEach((org, change) -> {
            if (change != 0) {
                changed.put(org, change);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, String> codes = jurisdictionsOf(em, changed.keySet());
        Map<String, Long> byCode = new TreeMap<>();
        changed.forEach((org, change) -> byCode.merge(codes.get(org), change, Long::sum));
        apply(em, Kind.MEMBERS, byCode);
    }

    /** An organization added to ({@code +1}) or taken from ({@code -1}) the jurisdiction {@code code}. */
    public static void organization(EntityManager em, String code, int change) {
        apply(em, Kind.ORGANIZATIONS, Map.of(code, (long) change));
    }

    /** Organizations added per jurisdiction code. */
    public static void organizations(EntityManager em, Map<String, Long> changesByCode) {
        apply(em, Kind.ORGANIZATIONS, new TreeMap<>(changesByCode));
    }

    /**
     * An organization moved from one jurisdiction to another: it and its members now count at {@code toCode}. Its
     * members are counted as they stand in this transaction (pending writes are flushed first).
     */
    public static void organizationMoved(EntityManager em, long organizationId, String fromCode, String toCode) {
        if (fromCode.equals(toCode)) {
            return;
        }
        em.flush();
        long members = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM party_member WHERE organization_id = ?").setParameter(1, organizationId)
                .getSingleResult()).longValue();
        Map<String, Long> organizations = new TreeMap<>(Map.of(fromCode, -1L, toCode, 1L));
        apply(em, Kind.ORGANIZATIONS, organizations);
        apply(em, Kind.MEMBERS, new TreeMap<>(Map.of(fromCode, -members, toCode, members)));
    }

    /** The jurisdiction of one organization, from the persistence context when the write has loaded it already (its check did). */
    private static String jurisdictionOf(EntityManager em, long organizationId) {
        OrganizationEntity o = em.find(OrganizationEntity.class, organizationId);
        if (o == null) {
            throw new IllegalStateException("No organization " + organizationId);
        }
        return o.getJurisdictionCode();
    }

    /** The jurisdiction of each organization, asked for {@value #SLICE} ids at a time (a whole import may name thousands). */
    private static Map<Long, String> jurisdictionsOf(EntityManager em, Collection<Long> organizationIds) {
        Map<Long, String> codes = new TreeMap<>();
        List<Long> ids = List.copyOf(organizationIds);
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Object[]> rows = em.createQuery("SELECT o.id, o.jurisdictionCode FROM OrganizationEntity o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SLICE))).getResultList();
            rows.forEach(r -> codes.put((Long) r[0], (String) r[1]));
        }
        if (codes.size() < ids.size()) {
            throw new IllegalStateException("Not every organization of " + ids + " exists: " + codes.keySet());
        }
        return codes;
    }

    /** Adds each change to its jurisdiction's row, in code order; a row missing (none should: V16 and {@link #open} make them) is made. */
    private static void apply(EntityManager em, Kind kind, Map<String, Long> changesByCode) {
        for (Map.Entry<String, Long> change : changesByCode.entrySet()) {
            if (change.getValue() == 0) {
                continue;
            }
            int updated = em
                    .createNativeQuery("UPDATE jurisdiction_tally SET " + kind.column + " = " + kind.column + " + ? WHERE jurisdiction_code = ?")
                    .setParameter(1, change.getValue()).setParameter(2, change.getKey()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO jurisdiction_tally (jurisdiction_code, members, organizations) VALUES (?, ?, ?)")
                        .setParameter(1, change.getKey()).setParameter(2, kind == Kind.MEMBERS ? change.getValue() : 0L)
                        .setParameter(3, kind == Kind.ORGANIZATIONS ? change.getValue() : 0L).executeUpdate();
            }
        }
    }
}
