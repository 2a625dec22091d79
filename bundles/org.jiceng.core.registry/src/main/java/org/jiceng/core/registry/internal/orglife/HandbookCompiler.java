package org.jiceng.core.registry.internal.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.orglife.ActivityType;
import org.jiceng.orglife.MemberHandbook;

/** Compiles one member's 党内组织生活活动手册 for a year from the rolls and the dues ledger. */
final class HandbookCompiler {
    private final EntityManager em;
    private final LocalDate today;

    HandbookCompiler(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    MemberHandbook compile(MemberEntity m, int year) {
        Map<ActivityType, Long> held = zeroPerType();
        Map<ActivityType, Long> attended = zeroPerType();
        // Counted by the day held: a roll exists only for held (or archived) activities.
        for (Object[] r : em.createQuery("SELECT a.type, t.present, COUNT(t) FROM AttendanceEntity t, ActivityEntity a "
                + "WHERE t.activityId = a.id AND t.memberId = :m AND a.heldDate >= :from AND a.heldDate <= :to GROUP BY a.type, t.present",
                Object[].class).setParameter("m", m.getId()).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultList()) {
            ActivityType type = (ActivityType) r[0];
            long count = (Long) r[2];
            held.merge(type, count, Long::sum);
            if ((Boolean) r[1]) {
                attended.merge(type, count, Long::sum);
            }
        }
        List<String> months = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (DuesPaymentEntity d : em.createQuery("SELECT d FROM DuesPaymentEntity d WHERE d.memberId = :m AND d.month >= :first "
                + "AND d.month <= :last ORDER BY d.month", DuesPaymentEntity.class).setParameter("m", m.getId())
                .setParameter("first", YearMonth.of(year, 1).toString()).setParameter("last", YearMonth.of(year, 12).toString()).getResultList()) {
            months.add(d.getMonth());
            amount = amount.add(d.getAmount());
        }

        return new MemberHandbook(m.getId(), m.getName(), m.getOrganizationId(), year, held, attended,
                attended.get(ActivityType.VOLUNTEERING), months,
                OrganizationalLifeRules.owedMonths(m.getStage(), m.getMembershipStatus(), m.getProbationDate(), year, today).size(), amount);
    }

    static Map<ActivityType, Long> zeroPerType() {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        for (ActivityType t : ActivityType.values()) {
            counts.put(t, 0L);
        }
        return counts;
    }
}
