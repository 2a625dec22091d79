package org.jiceng.core.registry.internal.orglife;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.orglife.Activity;
import org.jiceng.orglife.ActivityQuery;
import org.jiceng.orglife.ActivityRecord;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.Attendance;
import org.jiceng.orglife.BranchStatistics;
import org.jiceng.orglife.DuesPayment;
import org.jiceng.orglife.MemberHandbook;
import org.jiceng.orglife.OrganizationalLifeService;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganizationalLifeService.class)
public class OrganizationalLifeServiceImpl implements OrganizationalLifeService {
    private static final Map<String, String> SORT = Map.of("id", "a.id", "plannedDate", "a.plannedDate", "heldDate", "a.heldDate",
            "type", "a.type", "status", "a.status", "organizationId", "a.organizationId");

    private final CoreStore store;
    private final Clock clock;

    @Activate
    public OrganizationalLifeServiceImpl(@Reference CoreStore store) {
        this(store, Clock.systemDefaultZone());
    }

    OrganizationalLifeServiceImpl(CoreStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Activity plan(Activity plan) {
        OrganizationalLifeRules.checkPlan(plan, LocalDate.now(clock));
        ActivityEntity created = store.tx().write(em -> {
            if (em.find(OrganizationEntity.class, plan.organizationId()) == null) {
                throw new ValidationException("organizationId", "no organization " + plan.organizationId());
            }
            // Local time, like the planned and held dates it is compared with.
            ActivityEntity e = ActivityEntity.planned(plan, LocalDateTime.now(clock));
            em.persist(e);
            return e;
        });
        return withRoll(created.toDto(), List.of());
    }

    @Override
    public Activity get(long id) {
        return store.tx().read(em -> withRolls(em, List.of(load(em, id))).get(0));
    }

    @Override
    public Page<Activity> find(ActivityQuery query, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ActivityEntity", "a").where("a.organizationId = :org", "org", query.organizationId());
            store.subtree().organizationIn(q, em, "a.organizationId", query.jurisdictionCode(), query.organizationId());
            q.where("a.type = :type", "type", query.type())
                    .where("a.status = :status", "status", query.status())
                    .where("a.plannedDate >= :from", "from", query.from())
                    .where("a.plannedDate <= :to", "to", query.to());
            Page<ActivityEntity> rows = q.page(em, ActivityEntity.class, page.withDefaultOrder(new PageRequest.Order("plannedDate", false)), SORT);
            return new Page<>(withRolls(em, rows.items()), rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public Activity recordHeld(long id, ActivityRecord record) {
        store.tx().run(em -> {
            ActivityEntity e = load(em, id);
            OrganizationalLifeRules.checkStatus(id, e.getStatus(), ActivityStatus.PLANNED, "recorded as held");
            OrganizationalLifeRules.checkVersion(id, e.getVersion(), record.version());
            Set<Long> members = new HashSet<>(em.createQuery("SELECT m.id FROM MemberEntity m WHERE m.organizationId = :o", Long.class)
                    .setParameter("o", e.getOrganizationId()).getResultList());
            OrganizationalLifeRules.checkRecord(record, members, e.getOrganizationId(), e.getFiledAt().toLocalDate(), LocalDate.now(clock));
            e.held(record.heldDate(), record.minutes().trim());
            for (Attendance a : record.attendance()) {
                em.persist(AttendanceEntity.of(id, a));
            }
        });
        return get(id);
    }

    @Override
    public Activity archive(long id, Long expectedVersion) {
        return transition(id, expectedVersion, ActivityStatus.HELD, ActivityStatus.ARCHIVED, "archived");
    }

    @Override
    public Activity cancel(long id, Long expectedVersion) {
        return transition(id, expectedVersion, ActivityStatus.PLANNED, ActivityStatus.CANCELLED, "cancelled");
    }

    private Activity transition(long id, Long expectedVersion, ActivityStatus from, ActivityStatus to, String step) {
        store.tx().run(em -> {
            ActivityEntity e = load(em, id);
            OrganizationalLifeRules.checkStatus(id, e.getStatus(), from, step);
            OrganizationalLifeRules.checkVersion(id, e.getVersion(), expectedVersion);
            e.setStatus(to);
        });
        return get(id);
    }

    @Override
    public DuesPayment recordDues(DuesPayment payment) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = OrganizationalLifeRules.checkDues(payment, today);
        return store.tx().write(em -> {
            MemberEntity m = em.find(MemberEntity.class, payment.memberId());
            if (m == null) {
                throw new ValidationException("memberId", "no member " + payment.memberId());
            }
            OrganizationalLifeRules.checkDuesPayer(m.getId(), m.getStage(), m.getMembershipStatus(), m.getProbationDate(), month);
            long paid = em.createQuery("SELECT COUNT(d) FROM DuesPaymentEntity d WHERE d.memberId = :m AND d.month = :month", Long.class)
                    .setParameter("m", m.getId()).setParameter("month", month.toString()).getSingleResult();
            if (paid > 0) {
                throw new ConflictException("Member " + m.getId() + " has already paid the dues for " + month);
            }
            DuesPaymentEntity e = DuesPaymentEntity.of(m.getId(), m.getOrganizationId(), month.toString(),
                    payment.amount().setScale(2), payment.paidOn() == null ? today : payment.paidOn());
            em.persist(e);
            return e;
        }).toDto();
    }

    @Override
    public List<DuesPayment> dues(Long memberId, Long organizationId, int year) {
        new Validator().check(memberId != null || organizationId != null, "memberId", "give a memberId or an organizationId").throwIfInvalid();
        // Bounded by the filters: one member's or one branch's twelve months, so no paging.
        String jpql = "SELECT d FROM DuesPaymentEntity d WHERE d.month >= :first AND d.month <= :last"
                + (memberId == null ? "" : " AND d.memberId = :m") + (organizationId == null ? "" : " AND d.organizationId = :o")
                + " ORDER BY d.month, d.memberId";
        return store.tx().read(em -> {
            TypedQuery<DuesPaymentEntity> q = em.createQuery(jpql, DuesPaymentEntity.class)
                    .setParameter("first", YearMonth.of(year, 1).toString()).setParameter("last", YearMonth.of(year, 12).toString());
            if (memberId != null) {
                q.setParameter("m", memberId);
            }
            if (organizationId != null) {
                q.setParameter("o", organizationId);
            }
            return q.getResultList().stream().map(DuesPaymentEntity::toDto).toList();
        });
    }

    @Override
    public MemberHandbook handbook(long memberId, int year) {
        return store.tx().read(em -> {
            MemberEntity m = em.find(MemberEntity.class, memberId);
            if (m == null) {
                throw new NotFoundException("Member", memberId);
            }
            return new HandbookCompiler(em, LocalDate.now(clock)).compile(m, year);
        });
    }

    @Override
    public BranchStatistics statistics(long organizationId, int year) {
        return store.tx().read(em -> {
            OrganizationEntity o = em.find(OrganizationEntity.class, organizationId);
            if (o == null) {
                throw new NotFoundException("Organization", organizationId);
            }
            return new BranchStatisticsCompiler(em, LocalDate.now(clock)).compile(o, year);
        });
    }

    private static ActivityEntity load(EntityManager em, long id) {
        ActivityEntity e = em.find(ActivityEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Activity", id);
        }
        return e;
    }

    /** The activities with their rolls, one query for all of them. */
    private static List<Activity> withRolls(EntityManager em, List<ActivityEntity> rows) {
        Map<Long, List<Attendance>> rolls = new HashMap<>();
        List<Long> ids = rows.stream().map(ActivityEntity::getId).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT t FROM AttendanceEntity t WHERE t.activityId IN :ids ORDER BY t.activityId, t.memberId", AttendanceEntity.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(t -> rolls.computeIfAbsent(t.getActivityId(), k -> new ArrayList<>()).add(t.toDto()));
        }
        List<Activity> result = new ArrayList<>();
        for (ActivityEntity e : rows) {
            result.add(withRoll(e.toDto(), rolls.getOrDefault(e.getId(), List.of())));
        }
        return result;
    }

    private static Activity withRoll(Activity a, List<Attendance> roll) {
        return a.toBuilder().attendance(roll).build();
    }
}
