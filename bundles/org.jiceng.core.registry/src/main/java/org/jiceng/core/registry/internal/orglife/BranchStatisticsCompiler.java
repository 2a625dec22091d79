package org.jiceng.core.registry.internal.orglife;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.ActivityType;
import org.jiceng.orglife.BranchStatistics;
import org.jiceng.orglife.QuarterStatistics;

/** Compiles a branch's year quarter by quarter: plans against held activities, attendance, dues. */
final class BranchStatisticsCompiler {
    private final EntityManager em;
    private final LocalDate today;

    BranchStatisticsCompiler(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    BranchStatistics compile(OrganizationEntity o, int year) {
        List<Tally> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new Tally(q));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ActivityEntity> activities = em.createQuery("SELECT a FROM ActivityEntity a WHERE a.organizationId = :o "
                + "AND a.plannedDate >= :first AND a.plannedDate <= :last AND a.status <> :cancelled", ActivityEntity.class)
                .setParameter("o", o.getId()).setParameter("first", first).setParameter("last", last)
                .setParameter("cancelled", ActivityStatus.CANCELLED).getResultList();
        Map<Long, long[]> presentAndTotal = rollCounts(o.getId(), first, last);
        for (ActivityEntity a : activities) {
            Tally t = quarters.get(OrganizationalLifeRules.quarterOf(a.getPlannedDate().getMonthValue()) - 1);
            t.planned.merge(a.getType(), 1L, Long::sum);
            if (a.getStatus() == ActivityStatus.HELD || a.getStatus() == ActivityStatus.ARCHIVED) {
                t.held.merge(a.getType(), 1L, Long::sum);
                long[] roll = presentAndTotal.getOrDefault(a.getId(), new long[2]);
                t.present += roll[0];
                t.onRoll += roll[1];
            }
        }
        countDues(o.getId(), year, quarters);

        List<QuarterStatistics> result = new ArrayList<>();
        for (Tally t : quarters) {
            result.add(t.statistics());
        }
        return new BranchStatistics(o.getId(), o.getName(), year, result);
    }

    /** Activity id → {present, on the roll}. */
    private Map<Long, long[]> rollCounts(long organizationId, LocalDate first, LocalDate last) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT t.activityId, t.present, COUNT(t) FROM AttendanceEntity t, ActivityEntity a "
                + "WHERE t.activityId = a.id AND a.organizationId = :o AND a.plannedDate >= :first AND a.plannedDate <= :last "
                + "GROUP BY t.activityId, t.present", Object[].class)
                .setParameter("o", organizationId).setParameter("first", first).setParameter("last", last).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
            long n = (Long) r[2];
            c[1] += n;
            if ((Boolean) r[1]) {
                c[0] += n;
            }
        }
        return counts;
    }

    /**
     * Dues of the branch's current members, wherever they paid: a month counts as expected when the
     * member owed it, and as paid when it was owed and paid.
     */
    private void countDues(long organizationId, int year, List<Tally> quarters) {
        Set<String> paid = new HashSet<>();
        for (Object[] r : em.createQuery("SELECT d.memberId, d.month FROM DuesPaymentEntity d WHERE d.memberId IN "
                + "(SELECT m.id FROM MemberEntity m WHERE m.organizationId = :o) AND d.month >= :first AND d.month <= :last", Object[].class)
                .setParameter("o", organizationId).setParameter("first", YearMonth.of(year, 1).toString())
                .setParameter("last", YearMonth.of(year, 12).toString()).getResultList()) {
            paid.add(r[0] + "/" + r[1]);
        }
        for (MemberEntity m : em.createQuery("SELECT m FROM MemberEntity m WHERE m.organizationId = :o", MemberEntity.class)
                .setParameter("o", organizationId).getResultList()) {
            for (YearMonth month : OrganizationalLifeRules.owedMonths(m.getStage(), m.getMembershipStatus(), m.getProbationDate(), year, today)) {
                Tally q = quarters.get(OrganizationalLifeRules.quarterOf(month.getMonthValue()) - 1);
                q.duesExpected++;
                if (paid.contains(m.getId() + "/" + month)) {
                    q.duesPaid++;
                }
            }
        }
    }

    /** Rounded to four decimals; null when there is nothing to divide by. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** One quarter's counts while they are added up. */
    private static final class Tally {
        final int quarter;
        final Map<ActivityType, Long> planned = HandbookCompiler.zeroPerType();
        final Map<ActivityType, Long> held = HandbookCompiler.zeroPerType();
        long present;
        long onRoll;
        long duesExpected;
        long duesPaid;

        Tally(int quarter) {
            this.quarter = quarter;
        }

        QuarterStatistics statistics() {
            return new QuarterStatistics(quarter, planned, held, ratio(present, onRoll), duesPaid, duesExpected, ratio(duesPaid, duesExpected));
        }
    }
}
