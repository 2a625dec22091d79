package org.jiceng.core.registry.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.persistence.EntityManager;

import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.orglife.ActivityEntity;
import org.jiceng.core.registry.internal.orglife.AttendanceEntity;
import org.jiceng.core.registry.internal.orglife.DuesPaymentEntity;
import org.jiceng.core.registry.internal.orglife.OrganizationalLifeRules;
import org.jiceng.orglife.Activity;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.ActivityType;
import org.jiceng.orglife.Attendance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A year of organizational life for every third village branch: the themed Party day each month,
 * a branch member meeting and a Party lesson each quarter, with rolls, and the members' dues. The
 * current month's activities still ahead are plans; those older than a month are archived.
 */
final class DemoOrganizationalLife {
    static final int THEMED_DAY = 15;
    private static final String[] ABSENCE_REASONS = {"外出务工", "因病请假", "家中有事请假", "年老体弱"};
    private static final String[] LESSON_TOPICS = {"学习党章党规", "学习贯彻全会精神", "乡村振兴与党员责任", "廉洁自律专题党课"};
    private static final BigDecimal[] MONTHLY_DUES = {new BigDecimal("0.20"), new BigDecimal("0.50"), new BigDecimal("1.00"), new BigDecimal("2.00")};

    private final Logger logger = LoggerFactory.getLogger(DemoOrganizationalLife.class);
    private final Random random;
    private final LocalDate today;
    private int branches;
    private int activities;
    private int rollEntries;
    private int duesPayments;

    DemoOrganizationalLife(long seed, LocalDate today) {
        this.random = new Random(seed ^ 0x6f72676c696665L);
        this.today = today;
    }

    /** Writes activities, rolls and dues into the demo transaction. */
    void load(EntityManager em, DemoDataGenerator.Plan plan, List<OrganizationEntity> orgs, List<MemberEntity> members) {
        long start = System.nanoTime();
        Map<Integer, List<MemberEntity>> payersByOrganization = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            MemberEntity m = members.get(i);
            if (!OrganizationalLifeRules.owedMonths(m.getStage(), m.getMembershipStatus(), m.getProbationDate(), today.getYear(), today).isEmpty()) {
                payersByOrganization.computeIfAbsent(plan.members().get(i).organizationIndex(), k -> new ArrayList<>()).add(m);
            }
        }
        int villageBranches = 0;
        Map<Integer, List<ActivityEntity>> heldByBranch = new LinkedHashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            boolean village = plan.organizations().get(i).organization().jurisdictionCode().length() == 12;
            if (village && villageBranches++ % 3 == 0) {
                heldByBranch.put(i, planYear(em, orgs.get(i)));
            }
        }
        // One flush for all the activities: rolls reference their rows, and every flush walks the
        // whole (large) persistence context, so flushing per branch would cost seconds.
        em.flush();
        heldByBranch.forEach((i, held) -> recordYear(em, orgs.get(i), held, payersByOrganization.getOrDefault(i, List.of())));
        em.flush();
        // Its own line, writes included, so the share of the demo load time spent here stays visible.
        logger.info("Demo organizational life: {} branches, {} activities, {} roll entries, {} dues payments in {} ms", branches, activities,
                rollEntries, duesPayments, (System.nanoTime() - start) / 1_000_000);
    }

    /** Files the branch's year of activities; returns those already held. */
    private List<ActivityEntity> planYear(EntityManager em, OrganizationEntity branch) {
        branches++;
        List<ActivityEntity> held = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (YearMonth month = current.minusMonths(11); !month.isAfter(current); month = month.plusMonths(1)) {
            add(em, branch, ActivityType.THEMED_PARTY_DAY, month.atDay(THEMED_DAY), month.getMonthValue() + "月主题党日", held);
            if (month.getMonthValue() % 3 == 0) {
                add(em, branch, ActivityType.BRANCH_MEMBER_MEETING, month.atDay(20), "第" + month.getMonthValue() / 3 + "季度支部党员大会", held);
                add(em, branch, ActivityType.PARTY_LESSON, month.atDay(25), LESSON_TOPICS[random.nextInt(LESSON_TOPICS.length)], held);
            }
        }
        return held;
    }

    /** The rolls of the held activities and the members' dues. */
    private void recordYear(EntityManager em, OrganizationEntity branch, List<ActivityEntity> held, List<MemberEntity> payers) {
        YearMonth current = YearMonth.from(today);
        for (ActivityEntity a : held) {
            for (MemberEntity m : payers) {
                boolean present = random.nextInt(10) > 0;
                em.persist(AttendanceEntity.of(a.getId(), new Attendance(m.getId(), present,
                        present ? null : ABSENCE_REASONS[random.nextInt(ABSENCE_REASONS.length)])));
                rollEntries++;
            }
        }
        for (MemberEntity m : payers) {
            BigDecimal amount = MONTHLY_DUES[random.nextInt(MONTHLY_DUES.length)];
            YearMonth admitted = YearMonth.from(m.getProbationDate());
            for (YearMonth month = current.minusMonths(11); !month.isAfter(current); month = month.plusMonths(1)) {
                LocalDate paidOn = month.atDay(1 + random.nextInt(10));
                if (!month.isBefore(admitted) && !paidOn.isAfter(today) && random.nextInt(12) > 0) {
                    em.persist(DuesPaymentEntity.of(m.getId(), branch.getId(), month.toString(), amount, paidOn));
                    duesPayments++;
                }
            }
        }
    }

    private void add(EntityManager em, OrganizationEntity branch, ActivityType type, LocalDate date, String topic, List<ActivityEntity> held) {
        Activity plan = Activity.builder().organizationId(branch.getId()).type(type).plannedDate(date).topic(topic).filedBy("支部书记").build();
        LocalDateTime weekBefore = date.minusDays(7).atTime(LocalTime.of(9, 0));
        LocalDateTime now = LocalDateTime.now();
        ActivityEntity e = ActivityEntity.planned(plan, weekBefore.isBefore(now) ? weekBefore : now);
        if (date.isBefore(today)) {
            e.held(date, branch.getName() + "召开" + type.nameZh() + "，主题：" + topic + "。");
            if (date.isBefore(today.minusMonths(1))) {
                e.setStatus(ActivityStatus.ARCHIVED);
            }
            held.add(e);
        }
        em.persist(e);
        activities++;
    }
}
