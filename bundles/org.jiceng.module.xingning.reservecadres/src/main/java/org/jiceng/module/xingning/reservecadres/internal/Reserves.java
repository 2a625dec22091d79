package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Designation;
import org.jiceng.cadre.DesignationType;
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
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reserves: chosen from the village's people on the registry for the village's current term,
 * within the 1-2-3 quota; the reserve cadres put on the core's RESERVE list (后备干部), so the
 * member's cadre record shows it, and taken off it when they are used or dropped; training and
 * focused training while they are cultivated. Every method is scoped to a jurisdiction code.
 */
@Component(service = Reserves.class)
public class Reserves {
    static final Set<String> SORTABLE = Set.of("id", "memberName", "villageCode", "role", "status", "since");
    private static final Map<String, String> SORT = Map.of("id", "r.id", "memberName", "r.memberName", "villageCode", "r.jurisdictionCode",
            "role", "r.role", "status", "r.status", "since", "r.since");

    /** Starts the note of the core's RESERVE designations this module makes (and so ends). */
    static final String NOTE_PREFIX = "兴宁123工程 ";

    private final Logger logger = LoggerFactory.getLogger(Reserves.class);
    private final Store store;
    private final Villages villages;
    private final MemberService members;
    private final CadreService cadres;
    private final OrganizationService organizations;

    @Activate
    public Reserves(@Reference Store store, @Reference Villages villages, @Reference MemberService members, @Reference CadreService cadres,
            @Reference OrganizationService organizations) {
        this.store = store;
        this.villages = villages;
        this.members = members;
        this.cadres = cadres;
        this.organizations = organizations;
    }

    /** Body of a new reserve. */
    public record NewReserve(Long memberId, String villageCode, ReserveRole role, LocalDate since, String note) {
    }

    /** Body of a training record. */
    public record NewTraining(TrainingKind kind, String batch, LocalDate startedOn, LocalDate endedOn, Integer hours, String note) {
    }

    /** Enters a reserve for the village's current term. */
    ReserveView create(String code, NewReserve in, LocalDate today) {
        Validator v = new Validator().require("memberId", in.memberId()).require("villageCode", in.villageCode()).require("role", in.role())
                .maxLength("note", in.note(), 1000);
        if (in.since() != null) {
            v.check(!in.since().isAfter(today), "since", "must not be in the future");
        }
        v.throwIfInvalid();
        Jurisdiction village = villages.village(code, in.villageCode(), "villageCode");
        Member m = memberWithin(code, in.memberId());
        if (m.jurisdictionCode() == null || !m.jurisdictionCode().equals(village.code())) {
            throw new ValidationException("memberId", "member " + in.memberId() + " does not belong to village " + village.code());
        }
        PartyOrganization term = villages.termOf(village);
        LocalDate since = in.since() == null ? today : in.since();
        String rule = ReserveRules.ineligible(in.role(), m.stage(), m.membershipStatus());
        if (rule != null) {
            throw new RuleViolationException(rule,
                    "Member " + m.id() + " (" + m.stage() + ") cannot be a " + in.role() + " (" + in.role().nameZh() + ")");
        }
        store.tx().read(em -> checkPlace(em, m.id(), village.code(), term.termStart(), in.role()));
        Long designationId = null;
        boolean designated = false;
        if (in.role().cadre()) {
            // a member already on the core's RESERVE list (entered there by hand) keeps that entry; the module links it and leaves it alone
            Designation open = cadres.designations(m.id()).stream().filter(d -> d.type() == DesignationType.RESERVE && d.until() == null).findFirst()
                    .orElse(null);
            designated = open == null;
            designationId = open != null
                    ? open.id()
                    : cadres.addDesignation(m.id(), new Designation(null, m.id(), DesignationType.RESERVE, since, null,
                            NOTE_PREFIX + village.name() + " " + in.role().nameZh(), null)).id();
        }
        Long designation = designationId;
        boolean compensate = designated;
        try {
            return store.tx().write(em -> {
                // checked again in the writing transaction: another entry may have taken the place meanwhile
                checkPlace(em, m.id(), village.code(), term.termStart(), in.role());
                ReserveEntity r = new ReserveEntity();
                r.memberId = m.id();
                r.memberName = m.name();
                r.designationId = designation;
                r.jurisdictionCode = village.code();
                r.townCode = village.parentCode();
                r.organizationId = term.id();
                r.termStart = term.termStart();
                r.termEnd = term.termEnd();
                r.role = in.role();
                r.since = since;
                r.note = in.note();
                r.enteredBy = ModuleStore.caller();
                em.persist(r);
                em.flush();
                return r;
            }).toView(village.name(), 0);
        } catch (RuntimeException e) {
            if (compensate) {
                endDesignation(designation, since, "未列入: " + e.getMessage());
            }
            throw e;
        }
    }

    private Void checkPlace(EntityManager em, long memberId, String villageCode, LocalDate termStart, ReserveRole role) {
        long open = em.createQuery("SELECT COUNT(r) FROM ReserveEntity r WHERE r.memberId = :m AND r.status = :s", Long.class)
                .setParameter("m", memberId).setParameter("s", ReserveStatus.IN_TRAINING).getSingleResult();
        if (open > 0) {
            throw new RuleViolationException(ReserveRules.RULE_ALREADY_RESERVE, "Member " + memberId + " is already being cultivated as a reserve");
        }
        long counted = em.createQuery("SELECT COUNT(r) FROM ReserveEntity r WHERE r.jurisdictionCode = :v AND r.termStart = :t AND r.role = :role "
                + "AND r.status <> :dropped", Long.class).setParameter("v", villageCode).setParameter("t", termStart).setParameter("role", role)
                .setParameter("dropped", ReserveStatus.DROPPED).getSingleResult();
        if (ReserveRules.quotaFull(role, counted)) {
            throw new RuleViolationException(ReserveRules.RULE_QUOTA_FULL, "Village " + villageCode + " already has " + counted + " " + role
                    + " for the term from " + termStart + " (" + role.quota() + " per term)");
        }
        return null;
    }

    /** The member, if registered in the subtree; one elsewhere is reported like a missing one. */
    private Member memberWithin(String code, long memberId) {
        Member m;
        try {
            m = members.get(memberId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Member", memberId);
        }
        if (m.jurisdictionCode() == null || !store.within(m.jurisdictionCode(), code)) {
            throw new NotFoundException("Member", memberId);
        }
        return m;
    }

    ReserveView get(String code, long id) {
        return store.tx().read(em -> view(em, load(em, code, id)));
    }

    Page<ReserveView> list(String code, String town, String village, ReserveRole role, ReserveStatus status, Boolean focused, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ReserveEntity", "r").where("r.jurisdictionCode IN :codes", "codes", codes)
                    .where("r.townCode = :town", "town", blankToNull(town)).where("r.jurisdictionCode = :village", "village", blankToNull(village))
                    .where("r.role = :role", "role", role).where("r.status = :status", "status", status)
                    .where("r.focused = :focused", "focused", focused);
            Page<ReserveEntity> rows = q.page(em, ReserveEntity.class, page.withDefaultOrder(new PageRequest.Order("villageCode", true),
                    new PageRequest.Order("role", true), new PageRequest.Order("id", true)), SORT);
            Map<String, String> names = new HashMap<>();
            List<ReserveView> items = new ArrayList<>();
            Map<Long, Integer> hours = hours(em, rows.items().stream().map(r -> r.id).toList());
            for (ReserveEntity r : rows.items()) {
                items.add(r.toView(villageName(r.jurisdictionCode, names), hours.getOrDefault(r.id, 0)));
            }
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /** Puts a reserve under focused training (重点培养) with the reason, or takes it off. */
    ReserveView focus(String code, long id, Boolean focused, FocusReason reason, Long version, LocalDate today) {
        Validator v = new Validator().require("focused", focused).require("version", version);
        if (Boolean.TRUE.equals(focused)) {
            v.require("reason", reason);
        }
        v.throwIfInvalid();
        long organizationId = store.tx().read(em -> load(em, code, id).organizationId);
        if (focused && !ReserveRules.reasonFounded(reason, organizations.get(organizationId).status())) {
            throw new RuleViolationException(ReserveRules.RULE_FOCUS_UNFOUNDED,
                    "The village's Party organization " + organizationId + " is not registered as weak and lax (软弱涣散)");
        }
        return store.tx().write(em -> {
            ReserveEntity r = load(em, code, id);
            ConflictException.requireVersion("Reserve", id, r.version, version);
            requireOpen(r);
            if (focused && !r.focused) {
                r.focusedSince = today;
            }
            r.focused = focused;
            r.focusReason = focused ? reason : null;
            if (!focused) {
                r.focusedSince = null;
            }
            em.flush();
            return view(em, r);
        });
    }

    /** Records a training of a reserve being cultivated. */
    TrainingView addTraining(String code, long id, NewTraining in, LocalDate today) {
        Validator v = new Validator().require("kind", in.kind()).require("startedOn", in.startedOn()).require("hours", in.hours())
                .range("hours", in.hours(), 1, 2000).maxLength("batch", in.batch(), 200).maxLength("note", in.note(), 1000);
        if (in.startedOn() != null) {
            v.check(!in.startedOn().isAfter(today), "startedOn", "must not be in the future");
            v.check(in.endedOn() == null || !in.endedOn().isBefore(in.startedOn()), "endedOn", "must not be before startedOn");
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            ReserveEntity r = load(em, code, id);
            requireOpen(r);
            if (in.startedOn().isBefore(r.since)) {
                throw new ValidationException("startedOn", "must not be before the reserve was entered (" + r.since + ")");
            }
            if (!ReserveRules.trainingAllowed(r.role, in.kind())) {
                throw new RuleViolationException(ReserveRules.RULE_DEPUTY_POST_ROLE,
                        "A deputy branch secretary post (挂任村支部副书记) is for reserve cadres, not for " + r.role);
            }
            TrainingEntity t = new TrainingEntity();
            t.reserveId = r.id;
            t.jurisdictionCode = r.jurisdictionCode;
            t.kind = in.kind();
            t.batch = in.batch();
            t.startedOn = in.startedOn();
            t.endedOn = in.endedOn();
            t.hours = in.hours();
            t.note = in.note();
            t.enteredBy = ModuleStore.caller();
            em.persist(t);
            em.flush();
            return t.toView();
        });
    }

    List<TrainingView> trainings(String code, long id) {
        return store.tx().read(em -> {
            load(em, code, id);
            return em.createQuery("SELECT t FROM TrainingEntity t WHERE t.reserveId = :r ORDER BY t.startedOn, t.id", TrainingEntity.class)
                    .setParameter("r", id).getResultList().stream().map(TrainingEntity::toView).toList();
        });
    }

    /** Ends a reserve: used (elected or appointed into the two committees) or dropped with its reason; a reserve cadre leaves the core's list that day. */
    ReserveView close(String code, long id, Outcome outcome, LocalDate on, String reason, Long version, LocalDate today) {
        Validator v = new Validator().require("outcome", outcome).require("version", version).maxLength("reason", reason, 1000);
        if (outcome == Outcome.DROPPED) {
            v.check(reason != null && !reason.isBlank(), "reason", "is required when the reserve is dropped");
        }
        LocalDate day = on == null ? today : on;
        v.check(!day.isAfter(today), "on", "must not be in the future");
        v.throwIfInvalid();
        ReserveView closed = store.tx().write(em -> {
            ReserveEntity r = load(em, code, id);
            ConflictException.requireVersion("Reserve", id, r.version, version);
            requireOpen(r);
            if (day.isBefore(r.since)) {
                throw new ValidationException("on", "must not be before the reserve was entered (" + r.since + ")");
            }
            r.status = outcome.status();
            r.outcome = outcome;
            r.outcomeOn = day;
            r.outcomeReason = reason;
            em.flush();
            return view(em, r);
        });
        if (closed.designationId != null) {
            endDesignation(closed.designationId, day, outcome == Outcome.DROPPED ? "取消后备: " + reason : "已选任进村\"两委\"");
        }
        return closed;
    }

    /** Ends the core's RESERVE designation on {@code until}; the module's record stands even if the core refuses (logged). */
    private void endDesignation(long designationId, LocalDate until, String why) {
        try {
            Designation d = cadres.designation(designationId);
            if (d.until() == null && d.note() != null && d.note().startsWith(NOTE_PREFIX)) {
                String note = d.note() == null ? why : d.note() + "; " + why;
                cadres.updateDesignation(designationId, new Designation(d.id(), d.memberId(), d.type(), d.since(),
                        until.isBefore(d.since()) ? d.since() : until, note.length() > 500 ? note.substring(0, 500) : note, d.version()));
            }
        } catch (RuntimeException e) {
            logger.warn("The core's RESERVE designation {} could not be ended: {}", designationId, e.getMessage());
        }
    }

    private static void requireOpen(ReserveEntity r) {
        if (r.status != ReserveStatus.IN_TRAINING) {
            throw new RuleViolationException(ReserveRules.RULE_CLOSED, "Reserve " + r.id + " is closed: " + r.outcome + " on " + r.outcomeOn);
        }
    }

    private ReserveEntity load(EntityManager em, String code, long id) {
        return store.find(em, ReserveEntity.class, id, "Reserve", code, r -> r.jurisdictionCode);
    }

    private ReserveView view(EntityManager em, ReserveEntity r) {
        return r.toView(villageName(r.jurisdictionCode, new HashMap<>()), hours(em, List.of(r.id)).getOrDefault(r.id, 0));
    }

    private Map<Long, Integer> hours(EntityManager em, List<Long> ids) {
        Map<Long, Integer> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Object[] row : em.createQuery("SELECT t.reserveId, SUM(t.hours) FROM TrainingEntity t WHERE t.reserveId IN :ids GROUP BY t.reserveId",
                Object[].class).setParameter("ids", ids).getResultList()) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return result;
    }

    private String villageName(String villageCode, Map<String, String> names) {
        return names.computeIfAbsent(villageCode, c -> store.nameOf(c));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
