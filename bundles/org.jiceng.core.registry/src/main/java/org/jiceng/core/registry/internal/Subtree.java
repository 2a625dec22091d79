package org.jiceng.core.registry.internal;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.persistence.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The JPQL of "jurisdictions in the subtree of {@code :scope}": one indexed lookup in the closure
 * table, shared by every service that filters by jurisdiction subtree.
 */
public final class Subtree {
    /** Subquery of the codes of {@code :scope} and everything below it. */
    public static final String CODES = "(SELECT c.descendantCode FROM JurisdictionClosureEntity c WHERE c.ancestorCode = :scope)";
    /** Up to how many organizations a subtree's records are filtered by a list of organization ids. */
    public static final int LISTED_ORGANIZATIONS = 5_000;

    private Subtree() {
    }

    /**
     * Keeps the records whose {@code organizationAttribute} is an organization of the subtree of {@code code}
     * (nothing when null). A county's or a township's organizations (up to {@value #LISTED_ORGANIZATIONS}) are
     * read first and given to the query as a list: the database then tests each candidate against a set of
     * values instead of joining it to the organizations and the closure row by row, which on a province of
     * 4,000,000 members made a county's first page cost 75–130 ms instead of a few. A bigger subtree (a city, a
     * province) keeps the subquery: most records there match, and the database walks its sort index.
     */
    public static void organizationIn(QueryBuilder q, EntityManager em, String organizationAttribute, @Nullable String code) {
        if (code != null) {
            Filter f = organizations(em, organizationAttribute, code);
            if (f.parameters().isEmpty()) {
                q.where(f.condition());
            } else {
                Map.Entry<String, Object> p = f.parameters().entrySet().iterator().next();
                q.where(f.condition(), p.getKey(), p.getValue());
            }
        }
    }

    /** A JPQL condition and the values of its named parameters. */
    public record Filter(String condition, Map<String, Object> parameters) {
    }

    /** The condition of {@link #organizationIn} for a query written by hand. */
    public static Filter organizations(EntityManager em, String organizationAttribute, String code) {
        List<Long> ids = em.createQuery("SELECT o.id FROM OrganizationEntity o WHERE o.jurisdictionCode IN " + CODES, Long.class)
                .setParameter("scope", code).setMaxResults(LISTED_ORGANIZATIONS + 1).getResultList();
        if (ids.isEmpty()) {
            // no organization, no record
            return new Filter(organizationAttribute + " IS NULL AND " + organizationAttribute + " IS NOT NULL", Map.of());
        }
        if (ids.size() <= LISTED_ORGANIZATIONS) {
            return new Filter(organizationAttribute + " IN :subtreeOrganizations", Map.of("subtreeOrganizations", ids));
        }
        return new Filter(organizationAttribute + " IN (SELECT o.id FROM OrganizationEntity o WHERE o.jurisdictionCode IN " + CODES + ")",
                Map.of("scope", code));
    }
}
