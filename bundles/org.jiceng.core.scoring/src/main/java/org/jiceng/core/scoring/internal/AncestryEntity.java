package org.jiceng.core.scoring.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One (ancestor, descendant) pair of the registry's jurisdiction closure, read only: a roll-up
 * counts every result for each listed ancestor in one indexed pass over it. The registry writes
 * the table; this unit never persists one.
 */
@Entity
@Table(name = "jurisdiction_closure")
@IdClass(AncestryEntity.Key.class)
public class AncestryEntity {
    @Id
    @Column(name = "ancestor_code", length = 12)
    String ancestorCode;
    @Id
    @Column(name = "descendant_code", length = 12)
    String descendantCode;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String ancestorCode;
        String descendantCode;

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
