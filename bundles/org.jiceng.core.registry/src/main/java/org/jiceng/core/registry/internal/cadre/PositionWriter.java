package org.jiceng.core.registry.internal.cadre;

import java.util.List;

import javax.persistence.EntityManager;

import org.jiceng.cadre.Position;
import org.jiceng.common.Validator;

/** Checks and writes positions, for single edits and for imports alike. */
public final class PositionWriter {
    private PositionWriter() {
    }

    public static void validate(Position p) {
        Validator v = new Validator().require("unit", p.unit()).maxLength("unit", p.unit(), 200).require("title", p.title())
                .maxLength("title", p.title(), 100).require("rank", p.rank()).require("level", p.level())
                .require("startDate", p.startDate()).require("jurisdictionCode", p.jurisdictionCode());
        if (p.startDate() != null && p.endDate() != null) {
            v.check(!p.endDate().isBefore(p.startDate()), "endDate", "must not be before startDate");
        }
        v.throwIfInvalid();
    }

    static void copy(Position in, PositionEntity p) {
        p.unit = in.unit().trim();
        p.jurisdictionCode = in.jurisdictionCode();
        p.organizationId = in.organizationId();
        p.title = in.title().trim();
        p.rank = in.rank();
        p.level = in.level();
        p.startDate = in.startDate();
        p.endDate = in.endDate();
    }

    /** Inserts a checked position without looking for an existing one (demo data, known to be new). */
    public static void insert(EntityManager em, long memberId, Position position) {
        PositionEntity p = new PositionEntity();
        p.memberId = memberId;
        copy(position, p);
        em.persist(p);
    }

    /**
     * Inserts the position, or updates the one with the same member, unit, title and start date
     * (its natural key), so importing a file twice changes nothing.
     *
     * @return true when a position was inserted
     */
    public static boolean upsert(EntityManager em, long memberId, Position position) {
        List<PositionEntity> same = em.createQuery("SELECT p FROM PositionEntity p WHERE p.memberId = :m AND p.unit = :u AND p.title = :t "
                + "AND p.startDate = :s", PositionEntity.class).setParameter("m", memberId).setParameter("u", position.unit().trim())
                .setParameter("t", position.title().trim()).setParameter("s", position.startDate()).getResultList();
        PositionEntity p = same.isEmpty() ? new PositionEntity() : same.get(0);
        p.memberId = memberId;
        copy(position, p);
        if (same.isEmpty()) {
            em.persist(p);
        }
        return same.isEmpty();
    }
}
