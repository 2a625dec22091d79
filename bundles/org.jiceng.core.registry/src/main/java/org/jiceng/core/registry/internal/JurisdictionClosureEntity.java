package org.jiceng.core.registry.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One (ancestor, descendant) pair of the jurisdiction tree, the node itself included at distance 0. */
@Entity
@Table(name = "jurisdiction_closure")
@IdClass(JurisdictionClosureEntity.Key.class)
public class JurisdictionClosureEntity {
    @Id
    @Column(name = "ancestor_code", length = 12)
    private String ancestorCode;

    @Id
    @Column(name = "descendant_code", length = 12)
    private String descendantCode;

    @Column(name = "distance", nullable = false)
    private int distance;

    public JurisdictionClosureEntity() {
    }

    public JurisdictionClosureEntity(String ancestorCode, String descendantCode, int distance) {
        this.ancestorCode = ancestorCode;
        this.descendantCode = descendantCode;
        this.distance = distance;
    }

    public String getAncestorCode() {
        return ancestorCode;
    }

    public String getDescendantCode() {
        return descendantCode;
    }

    public int getDistance() {
        return distance;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ancestorCode;
        private String descendantCode;

        public Key() {
        }

        public Key(String ancestorCode, String descendantCode) {
            this.ancestorCode = ancestorCode;
            this.descendantCode = descendantCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(ancestorCode, ((Key) o).ancestorCode)
                    && Objects.equals(descendantCode, ((Key) o).descendantCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ancestorCode, descendantCode);
        }
    }
}
