package org.jiceng.core.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.persistence.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The first pages of every member of a subtree that holds much of the registry, by name or by id, found on H2 by walking
 * the sort's own index from its start and keeping the members of the subtree's organizations, instead of joining the
 * subtree's members and sorting them. Joined, H2 reads every member of the subtree to sort them: 7 ms in SQL for the
 * first page of a county of 30,000 members of 34,759 (issue #21), where walking the name index found it among the first
 * 25 entries (under 1 ms). A one-county installation, where a county holds nearly every member, is the common case.
 *
 * <p>Walking pays only when the subtree's members are dense in the sort's order, which the kept counts estimate but do
 * not prove (members imported county by county lie in runs of ids). So the walk is bounded: it stops at the entry a few
 * times further into the index than the estimate needs, and when it has not found the page by then, the caller lists it
 * the usual way. The walk can then cost that many entries more, never a wrong page: a page the walk gives is whole and
 * has the same records, order and cursor as the joined one.
 */
final class SubtreeWalk {
    /** At most this many index entries are walked before giving up. */
    static final int MOST_ENTRIES = 1_000;
    /** How many times the expected number of entries the walk may read. */
    private static final int MARGIN = 4;
    /** The sorts walked: their first column's index starts the registry's order (V13: (name, id); the id is the key). */
    private static final Map<String, String> WALKED = Map.of("name", "m.name", "id", "m.id");

    private SubtreeWalk() {
    }

    /**
     * The page of every member of the subtree of {@code code} ({@code members} of them), or null when it is not to be
     * walked or the walk did not find it whole: the caller then lists it joined.
     */
    static @Nullable Page<MemberEntity> page(EntityManager em, String code, long members, PageRequest page, Map<String, String> sort,
            Set<String> keyset) {
        List<PageRequest.Order> orders = page.orders();
        if (members == 0 || page.after() != null || orders.size() != 1 || !orders.get(0).ascending() || !WALKED.containsKey(orders.get(0).field())) {
            return null;
        }
        long needed = (long) page.offset() + page.size() + 1; // one more: whether a page follows, and its cursor
        long all = em.createQuery("SELECT COUNT(m) FROM MemberEntity m", Long.class).getSingleResult();
        long expected = (long) Math.ceil((double) needed * all / members);
        if (expected * MARGIN > MOST_ENTRIES) {
            return null;
        }
        String column = WALKED.get(orders.get(0).field());
        List<Object> bound = em.createQuery("SELECT " + column + " FROM MemberEntity m ORDER BY " + column + ", m.id", Object.class)
                .setFirstResult((int) (expected * MARGIN) - 1).setMaxResults(1).getResultList();
        // "+ 0": an expression H2 cannot look up in the (organization, …) indexes, so it walks the sort's index and tests each
        // entry against the subtree's organizations, gathered once
        QueryBuilder q = new QueryBuilder("MemberEntity", "m")
                .where("m.organizationId + 0 IN (SELECT so.id FROM OrganizationEntity so, JurisdictionClosureEntity sc"
                        + " WHERE sc.descendantCode = so.jurisdictionCode AND sc.ancestorCode = :subtreeScope)", "subtreeScope", code)
                .knownTotal(members);
        if (!bound.isEmpty()) {
            q.where(column + " <= :walkedTo", "walkedTo", bound.get(0)); // the walk's end: its first sort column, ties included
        }
        Page<MemberEntity> walked = q.pageWithCursor(em, MemberEntity.class, page, sort, keyset);
        boolean whole = walked.next() != null || page.offset() + walked.items().size() >= members;
        return whole ? walked : null;
    }
}
