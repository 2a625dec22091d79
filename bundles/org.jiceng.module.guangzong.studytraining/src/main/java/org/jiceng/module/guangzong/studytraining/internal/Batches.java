package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training batches by township (以乡镇为单位分期分批): a batch of a yearly plan in one township, the
 * members without a post of that township enrolled, and its attendance recorded once it has
 * started. Every method is scoped to a jurisdiction code.
 */
@Component(service = Batches.class)
public class Batches {
    static final Set<String> SORTABLE = Set.of("id", "startsOn", "townCode", "status");
    private static final Map<String, String> SORT = Map.of("id", "b.id", "startsOn", "b.startsOn", "townCode", "b.jurisdictionCode", "status",
            "b.status");

    private final Store store;
    private final Roster roster;
    private final Plans plans;

    @Activate
    public Batches(@Reference Store store, @Reference Roster roster, @Reference Plans plans) {
        this.store = store;
        this.roster = roster;
        this.plans = plans;
    }

    /** Body of a new batch. */
    public record NewBatch(Long yearlyPlanId, String townCode, String title, LocalDate startsOn, LocalDate endsOn, Integer hours, String content) {
    }

    BatchView create(String code, NewBatch in) {
        Validator v = new Validator().require("yearlyPlanId", in.yearlyPlanId()).require("townCode", in.townCode()).require("title", in.title())
                .maxLength("title", in.title(), 200).require("startsOn", in.startsOn()).require("endsOn", in.endsOn()).require("hours", in.hours())
                .range("hours", in.hours(), 1, 200).maxLength("content", in.content(), 1000);
        if (in.title() != null) {
            v.check(!in.title().isBlank(), "title", "must not be blank");
        }
        if (in.startsOn() != null && in.endsOn() != null) {
            v.check(!in.endsOn().isBefore(in.startsOn()), "endsOn", "must not be before startsOn");
        }
        v.throwIfInvalid();
        Jurisdiction town = store.jurisdictions().find(in.townCode()).orElse(null);
        if (town == null || town.level() != JurisdictionLevel.TOWNSHIP) {
            throw new ValidationException("townCode", "is not a township");
        }
        if (!store.within(town.code(), code)) {
            throw new NotFoundException("Jurisdiction", in.townCode());
        }
        String county = store.countyOf(town.code());
        return store.tx().write(em -> {
            YearlyPlanEntity y = plans.yearlyFor(em, county, in.yearlyPlanId());
            StudyRules.checkBatchYear(y.year, in.startsOn(), in.endsOn());
            BatchEntity b = new BatchEntity();
            b.yearlyPlanId = y.id;
            b.jurisdictionCode = town.code();
            b.title = in.title().strip();
            b.startsOn = in.startsOn();
            b.endsOn = in.endsOn();
            b.hours = in.hours();
            b.content = in.content();
            b.status = BatchStatus.PLANNED;
            b.enteredBy = ModuleStore.caller();
            em.persist(b);
            em.flush();
            return view(em, b, y.year);
        });
    }

    BatchView get(String code, long id) {
        return store.tx().read(em -> view(em, load(em, code, id), null));
    }

    Page<BatchView> list(String code, Long yearlyPlanId, Integer year, String town, BatchStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            List<Long> yearly = year == null
                    ? null
                    : em.createQuery("SELECT y.id FROM YearlyPlanEntity y WHERE y.year = :y", Long.class).setParameter("y", year).getResultList();
            if (yearly != null && yearly.isEmpty()) {
                return new Page<BatchView>(List.of(), page.page(), page.size(), 0);
            }
            QueryBuilder q = new QueryBuilder("BatchEntity", "b").where("b.jurisdictionCode IN :codes", "codes", codes)
                    .where("b.yearlyPlanId = :plan", "plan", yearlyPlanId).where("b.yearlyPlanId IN :yearly", "yearly", yearly)
                    .where("b.jurisdictionCode = :town", "town", town == null || town.isBlank() ? null : town)
                    .where("b.status = :status", "status", status);
            Page<BatchEntity> rows = q.page(em, BatchEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("startsOn", true), new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(b -> view(em, b, null)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /**
     * Enrols members in a batch still planned: each in the ranks, of the batch's township, holding
     * no post today, and not yet in this batch.
     */
    BatchView enroll(String code, long id, List<Long> memberIds, LocalDate today) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw new ValidationException("memberIds", "at least one member is required");
        }
        Validator v = new Validator();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < memberIds.size(); i++) {
            v.require("memberIds[" + i + "]", memberIds.get(i));
            v.check(memberIds.get(i) == null || seen.add(memberIds.get(i)), "memberIds[" + i + "]", "appears twice");
        }
        v.throwIfInvalid();
        BatchEntity batch = store.tx().read(em -> load(em, code, id));
        StudyRules.checkBatchOpen(batch.status);
        String county = store.countyOf(batch.jurisdictionCode);
        Map<Long, Member> people = new LinkedHashMap<>();
        for (Long memberId : memberIds) {
            Member m = roster.memberWithin(county, memberId);
            StudyRules.checkEnrollable(m.id(), m.stage(), m.membershipStatus(), store.within(m.jurisdictionCode(), batch.jurisdictionCode),
                    roster.hasPost(m, today));
            people.put(m.id(), m);
        }
        return store.tx().write(em -> {
            BatchEntity b = load(em, code, id);
            StudyRules.checkBatchOpen(b.status);
            List<Long> already = em.createQuery("SELECT a.memberId FROM AttendanceEntity a WHERE a.batchId = :b AND a.memberId IN :ids", Long.class)
                    .setParameter("b", id).setParameter("ids", List.copyOf(people.keySet())).getResultList();
            if (!already.isEmpty()) {
                throw new RuleViolationException(StudyRules.RULE_ALREADY_ENROLLED, "Member " + already.get(0) + " is enrolled in this batch already");
            }
            for (Member m : people.values()) {
                AttendanceEntity a = new AttendanceEntity();
                a.batchId = id;
                a.memberId = m.id();
                a.memberName = m.name();
                a.jurisdictionCode = m.jurisdictionCode();
                em.persist(a);
            }
            em.flush();
            return view(em, b, null);
        });
    }

    List<AttendanceView> attendance(String code, long id) {
        return store.tx().read(em -> {
            load(em, code, id);
            return em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.batchId = :b ORDER BY a.memberId", AttendanceEntity.class)
                    .setParameter("b", id).getResultList().stream().map(AttendanceView::of).toList();
        });
    }

    /** Records who of the enrolled attended (the others were absent) once the batch has started: the batch is held. */
    BatchView recordAttendance(String code, long id, List<Long> attended, Long version, LocalDate today) {
        new Validator().require("attended", attended).require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            BatchEntity b = load(em, code, id);
            ConflictException.requireVersion("Batch", id, b.version, version);
            StudyRules.checkBatchOpen(b.status);
            StudyRules.checkBatchStarted(b.startsOn, today);
            Map<Long, AttendanceEntity> enrolled = new HashMap<>();
            for (AttendanceEntity a : em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.batchId = :b", AttendanceEntity.class)
                    .setParameter("b", id).getResultList()) {
                enrolled.put(a.memberId, a);
            }
            Validator v = new Validator();
            for (int i = 0; i < attended.size(); i++) {
                Long m = attended.get(i);
                v.check(m != null && enrolled.containsKey(m), "attended[" + i + "]", "is not enrolled in this batch");
            }
            v.throwIfInvalid();
            Set<Long> present = new HashSet<>(attended);
            for (AttendanceEntity a : enrolled.values()) {
                a.attended = present.contains(a.memberId);
            }
            b.status = BatchStatus.HELD;
            em.flush();
            return view(em, b, null);
        });
    }

    private BatchEntity load(EntityManager em, String code, long id) {
        return store.find(em, BatchEntity.class, id, "Batch", code, b -> b.jurisdictionCode);
    }

    private BatchView view(EntityManager em, BatchEntity b, Integer year) {
        BatchView v = new BatchView();
        v.id = b.id;
        v.yearlyPlanId = b.yearlyPlanId;
        v.year = year != null ? year : em.find(YearlyPlanEntity.class, b.yearlyPlanId).year;
        v.jurisdictionCode = b.jurisdictionCode;
        v.townName = roster.name(b.jurisdictionCode);
        v.title = b.title;
        v.startsOn = b.startsOn;
        v.endsOn = b.endsOn;
        v.hours = b.hours;
        v.content = b.content;
        v.status = b.status;
        v.enrolled = em.createQuery("SELECT COUNT(a) FROM AttendanceEntity a WHERE a.batchId = :b", Long.class).setParameter("b", b.id)
                .getSingleResult();
        v.attended = em.createQuery("SELECT COUNT(a) FROM AttendanceEntity a WHERE a.batchId = :b AND a.attended = TRUE", Long.class)
                .setParameter("b", b.id).getSingleResult();
        v.version = b.version;
        return v;
    }
}
