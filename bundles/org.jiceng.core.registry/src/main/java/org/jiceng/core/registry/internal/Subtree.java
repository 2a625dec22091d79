package org.jiceng.core.registry.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.persistence.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The JPQL of "records in the subtree of a jurisdiction", shared by every service that filters by jurisdiction
 * subtree: the closure table gives the subtree's codes in one indexed lookup. How records are tested against the
 * subtree's organizations depends on the database, measured on a county of 30,000 members and 900 organizations
 * (issue #21):
 * <ul>
 * <li>PostgreSQL: a county's or a township's organizations (up to {@value #LISTED_ORGANIZATIONS}) are read first and
 * given to the query as a list; the database then tests each candidate against a set of values instead of joining
 * it to the organizations and the closure row by row, which on a province of 4,000,000 members made a county's first
 * page cost 75–130 ms instead of a few. A bigger subtree (a city, a province) keeps the subquery: most records there
 * match, and the database walks its sort index.</li>
 * <li>H2: never a list. Given the 900 organizations as parameters, H2 took 70–230 ms for a page or a count of the
 * county's members. Joined to the organizations and the closure, it starts from the scope's closure rows: 1–14 ms
 * for the same pages read by their ids, 5 ms for the county's pipeline (35 ms with a subquery instead).</li>
 * </ul>
 */
public final class Subtree {
    /** Subquery of the codes of {@code :scope} and everything below it. */
    public static final String CODES = "(SELECT c.descendantCode FROM JurisdictionClosureEntity c WHERE c.ancestorCode = :scope)";
    /** Up to how many organizations a subtree's records are filtered by a list of organization ids (PostgreSQL). */
    public static final int LISTED_ORGANIZATIONS = 5_000;

    private final boolean listsOrganizations;

    private Subtree(boolean listsOrganizations) {
        this.listsOrganizations = listsOrganizations;
    }

    /** The way of the database named ({@link org.jiceng.persistence.SchemaMigrator#databaseProduct}). */
    public static Subtree forDatabase(String databaseProduct) {
        return new Subtree(databaseProduct.toLowerCase(Locale.ROOT).contains("postgres"));
    }

    /**
     * Keeps the records whose {@code organizationAttribute} is an organization of the subtree of {@code code}
     * (nothing when null). A query that keeps only the records of one organization (its id given, else null) learns
     * whether that organization lies in the subtree by one lookup instead of testing each record: joined to the
     * subtree, H2 walked the county's 900 organizations to find the one asked for (8–10 ms for a page of its 21
     * members, under 1 ms without the subtree).
     */
    public void organizationIn(QueryBuilder q, EntityManager em, String organizationAttribute, @Nullable String code,
            @Nullable Long organizationId) {
        if (code == null) {
            return;
        }
        if (organizationId != null) {
            if (!holds(em, code, organizationId)) {
                q.where(nothing(organizationAttribute));
            }
            return;
        }
        Filter f = organizations(em, organizationAttribute, code);
        if (!f.joins().isEmpty()) {
            q.join(f.joins());
        }
        if (f.parameters().isEmpty()) {
            q.where(f.condition());
        } else {
            Map.Entry<String, Object> p = f.parameters().entrySet().iterator().next();
            q.where(f.condition(), p.getKey(), p.getValue());
        }
    }

    /** Whether the organization lies in the subtree of {@code code}: its own row and one closure row, by their keys. */
    static boolean holds(EntityManager em, String code, long organizationId) {
        OrganizationEntity o = em.find(OrganizationEntity.class, organizationId);
        return o != null && em.find(JurisdictionClosureEntity.class, new JurisdictionClosureEntity.Key(code, o.getJurisdictionCode())) != null;
    }

    /** A condition no record meets. */
    private static String nothing(String organizationAttribute) {
        return organizationAttribute + " IS NULL AND " + organizationAttribute + " IS NOT NULL";
    }

    /**
     * Keeps the records whose {@code memberAttribute} is a member of an organization of the subtree of {@code code}
     * (nothing when null), on every database by joining the member, its organization and the closure (as {@code sm},
     * {@code so} and {@code sc}, with the parameter {@code subtreeScope}). The records listed this way (designated
     * cadres, mobile members) are few beside a county's members: the database starts from them and looks up each one's
     * member, where a subquery of the subtree's members made H2 gather a county's 30,000 first (135–160 ms a page).
     */
    public static void memberIn(QueryBuilder q, String memberAttribute, @Nullable String code) {
        if (code != null) {
            // Outer joins, so that the database joins in this order, starting from the records; the condition makes them
            // inner (PostgreSQL sees that and orders them freely). Inner joins let H2 start from the closure and walk
            // every member of the county (8–50 ms for 98 mobile members, 1–2 ms in this order).
            q.join("LEFT JOIN MemberEntity sm ON sm.id = " + memberAttribute + " LEFT JOIN OrganizationEntity so ON so.id = sm.organizationId"
                    + " LEFT JOIN JurisdictionClosureEntity sc ON sc.descendantCode = so.jurisdictionCode AND sc.ancestorCode = :subtreeScope")
                    .where("sc.ancestorCode IS NOT NULL", "subtreeScope", code); // the scope bound for the last join's ON
        }
    }

    /**
     * A JPQL condition, the joins it needs (to follow the query's first entity in its FROM clause; empty when none)
     * and the values of its named parameters (one at most).
     */
    public record Filter(String joins, String condition, Map<String, Object> parameters) {
        public Filter(String condition, Map<String, Object> parameters) {
            this("", condition, parameters);
        }

        /** The joins as they follow the query's first entity in its FROM clause: empty, or a space and the joins. */
        public String from() {
            return joins.isEmpty() ? "" : " " + joins;
        }
    }

    /**
     * The condition of {@link #organizationIn} for a query written by hand. On H2, the query joins the organizations
     * and the closure, as {@code so} and {@code sc}, with the parameter {@code subtreeScope}.
     */
    public Filter organizations(EntityManager em, String organizationAttribute, String code) {
        if (!listsOrganizations) {
            // one closure row per organization and one organization per record: the join repeats no record
            return new Filter("JOIN OrganizationEntity so ON so.id = " + organizationAttribute
                    + " JOIN JurisdictionClosureEntity sc ON sc.descendantCode = so.jurisdictionCode", "sc.ancestorCode = :subtreeScope",
                    Map.of("subtreeScope", code));
        }
        List<Long> ids = em.createQuery("SELECT o.id FROM OrganizationEntity o WHERE o.jurisdictionCode IN " + CODES, Long.class)
                .setParameter("scope", code).setMaxResults(LISTED_ORGANIZATIONS + 1).getResultList();
        if (ids.isEmpty()) {
            // no organization, no record
            return new Filter(nothing(organizationAttribute), Map.of());
        }
        if (ids.size() <= LISTED_ORGANIZATIONS) {
            return new Filter(organizationAttribute + " IN :subtreeOrganizations", Map.of("subtreeOrganizations", ids));
        }
        return new Filter(organizationAttribute + " IN (SELECT o.id FROM OrganizationEntity o WHERE o.jurisdictionCode IN " + CODES + ")",
                Map.of("scope", code));
    }
}
