package org.jiceng.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One (ancestor, descendant) pair of the registry's jurisdiction closure, read only, for the core
 * engines that keep their own persistence unit: filtering by a jurisdiction subtree or rolling
 * results up to ancestors is then one indexed join instead of a list of codes. A unit lists this
 * class in its {@code persistence.xml} and imports this package; the registry alone writes the
 * table. Modules use {@code JurisdictionService.subtreeCodes} and never a core table.
 */
@Entity(name = "JurisdictionAncestry")
@Table(name = "jurisdiction_closure")
@IdClass(JurisdictionAncestry.Key.class)
public class JurisdictionAncestry {
    /**
     * JPQL subquery of the codes of {@code :scope} and every jurisdiction below it, for
     * {@code ... WHERE x.jurisdictionCode IN } this.
     */
    public static final String SUBTREE_CODES = "(SELECT a.descendantCode FROM JurisdictionAncestry a WHERE a.ancestorCode = :scope)";

    @Id
    @Column(name = "ancestor_code", length = 12)
    private String ancestorCode;
    @Id
    @Column(name = "descendant_code", length = 12)
    private String descendantCode;

    public String getAncestorCode() {
        return ancestorCode;
    }

    public String getDescendantCode() {
        return descendantCode;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ancestorCode;
        private String descendantCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ancestorCode, k.ancestorCode) && Objects.equals(descendantCode, k.descendantCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ancestorCode, descendantCode);
        }
    }
}
