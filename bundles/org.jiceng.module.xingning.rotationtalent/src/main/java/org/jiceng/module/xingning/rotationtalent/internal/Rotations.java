package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.cadre.Tenure;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cadre rotation: who is due (the core's tenure, never stored here), the yearly plans and their
 * moves, approval, execution into the core's positions (the old post ends the day before the new
 * one starts, so the tenure starts again) and deferral. Every method is scoped to a jurisdiction code.
 */
@Component(service = Rotations.class)
public class Rotations {
    static final Set<String> PLAN_SORTABLE = Set.of("id", "year");
    static final Set<String> MOVE_SORTABLE = Set.of("id", "memberName", "townCode", "status", "tenureYears");
    private static final Map<String, String> PLAN_SORT = Map.of("id", "p.id", "year", "p.year");
    private static final Map<String, String> MOVE_SORT = Map.of("id", "m.id", "memberName", "m.memberName", "townCode", "m.townCode", "status",
            "m.status", "tenureYears", "m.tenureYears");

    private final Logger logger = LoggerFactory.getLogger(Rotations.class);
    private final Store store;
    private final CadreService cadres;
    private final MemberService members;

    @Activate
    public Rotations(@Reference Store store, @Reference CadreService cadres, @Reference MemberService members) {
        this.store = store;
        this.cadres = cadres;
        this.members = members;
    }

    /** Body of a new plan. */
    public record NewPlan(Integer year, String title, String note) {
    }

    /** Body of a proposed move: the core position left, and the post taken. */
    public record NewMove(Long positionId, String toUnit, String toJurisdictionCode, String toTitle, CadreRank toRank, PostLevel toLevel,
            String exceptionReason) {
    }

    // ---- who is due

    /** The core's tenures due by the rule on {@code day}: heads of 5 years and more, deputies of 10 and more. */
    List<Tenure> tenuresDue(String code, LocalDate day) {
        List<Tenure> due = new ArrayList<>(cadres.tenures(code, PostLevel.HEAD, RotationRules.HEAD_YEARS, day));
        due.addAll(cadres.tenures(code, PostLevel.DEPUTY, RotationRules.DEPUTY_YEARS, day));
        return due;
    }

    /** The cadres due in {@code year}, with their current position and the move of the year's plans if there is one. */
    List<DueCadre> due(String code, int year) {
        LocalDate day = RotationRules.referenceDay(year);
        Map<String, MoveEntity> planned = store.tx().read(em -> movesOfYear(em, code, year)).stream()
                .collect(HashMap::new, (m, move) -> m.put(key(move.memberId, move.fromUnit), move), Map::putAll);
        List<DueCadre> result = new ArrayList<>();
        for (Tenure t : tenuresDue(code, day)) {
            DueCadre d = new DueCadre();
            d.memberId = t.memberId();
            d.memberName = t.memberName();
            d.unit = t.unit();
            d.jurisdictionCode = t.jurisdictionCode();
            d.townCode = Store.townOf(t.jurisdictionCode());
            d.level = t.level();
            d.since = t.since();
            d.years = t.years();
            d.threshold = RotationRules.threshold(t.level());
            Position p = currentPosition(t.memberId(), t.unit(), t.level(), day);
            if (p != null) {
                d.positionId = p.id();
                d.title = p.title();
            }
            MoveEntity move = planned.get(key(t.memberId(), t.unit()));
            if (move != null) {
                d.moveId = move.id;
                d.moveStatus = move.status;
            }
            result.add(d);
        }
        result.sort((a, b) -> a.townCode.equals(b.townCode) ? Long.compare(b.years, a.years) : a.townCode.compareTo(b.townCode));
        return result;
    }

    static String key(long memberId, String unit) {
        return memberId + "|" + unit.trim();
    }

    private Position currentPosition(long memberId, String unit, PostLevel level, LocalDate day) {
        return cadres.positions(memberId).stream()
                .filter(p -> p.level() == level && RotationRules.sameUnit(p.unit(), unit) && !p.startDate().isAfter(day)
                        && (p.endDate() == null || !p.endDate().isBefore(day)))
                .reduce((a, b) -> b).orElse(null);
    }

    /** The moves of the plans of {@code year} in the subtree of {@code code}. */
    List<MoveEntity> movesOfYear(EntityManager em, String code, int year) {
        List<MoveEntity> result = new ArrayList<>();
        for (List<String> codes : chunks(store.subtreeCodes(code))) {
            result.addAll(em.createQuery("SELECT m FROM MoveEntity m, PlanEntity p WHERE m.planId = p.id AND p.year = :y "
                    + "AND m.jurisdictionCode IN :codes ORDER BY m.id", MoveEntity.class).setParameter("y", year).setParameter("codes", codes)
                    .getResultList());
        }
        return result;
    }

    static List<List<String>> chunks(List<String> codes) {
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < codes.size(); i += 500) {
            result.add(codes.subList(i, Math.min(codes.size(), i + 500)));
        }
        return result;
    }

    // ---- plans

    PlanView createPlan(String code, NewPlan in, LocalDate today) {
        new Validator().require("year", in.year()).range("year", in.year(), 2000, 2100).maxLength("title", in.title(), 200)
                .maxLength("note", in.note(), 1000).throwIfInvalid();
        String name = store.jurisdictions().get(code).name();
        return store.tx().write(em -> {
            long existing = em.createQuery("SELECT COUNT(p) FROM PlanEntity p WHERE p.jurisdictionCode = :c AND p.year = :y", Long.class)
                    .setParameter("c", code).setParameter("y", in.year()).getSingleResult();
            if (existing > 0) {
                throw new RuleViolationException(RotationRules.RULE_PLAN_EXISTS, code + " already has its rotation plan for " + in.year());
            }
            PlanEntity p = new PlanEntity();
            p.jurisdictionCode = code;
            p.year = in.year();
            p.title = in.title() == null || in.title().isBlank() ? name + in.year() + "年度干部交流轮岗计划" : in.title().trim();
            p.note = in.note();
            p.createdBy = ModuleStore.caller();
            p.createdOn = today;
            em.persist(p);
            em.flush();
            return view(em, p);
        });
    }

    PlanView plan(String code, long id) {
        return store.tx().read(em -> view(em, loadPlan(em, code, id)));
    }

    Page<PlanView> plans(String code, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("PlanEntity", "p").where("p.jurisdictionCode IN :codes", "codes", codes).where("p.year = :y", "y",
                    year);
            Page<PlanEntity> rows = q.page(em, PlanEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("year", false), new PageRequest.Order("id", true)),
                    PLAN_SORT);
            return new Page<>(rows.items().stream().map(p -> view(em, p)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The plan of {@code code} itself for {@code year}, or null. */
    PlanView planOf(String code, int year) {
        return store.tx().read(em -> em.createQuery("SELECT p FROM PlanEntity p WHERE p.jurisdictionCode = :c AND p.year = :y", PlanEntity.class)
                .setParameter("c", code).setParameter("y", year).getResultList().stream().findFirst().map(p -> view(em, p)).orElse(null));
    }

    private PlanView view(EntityManager em, PlanEntity p) {
        PlanView v = new PlanView();
        v.id = p.id;
        v.jurisdictionCode = p.jurisdictionCode;
        v.year = p.year;
        v.title = p.title;
        v.note = p.note;
        v.createdOn = p.createdOn;
        v.version = p.version;
        Map<MoveStatus, Integer> counts = new EnumMap<>(MoveStatus.class);
        for (Object[] row : em.createQuery("SELECT m.status, COUNT(m) FROM MoveEntity m WHERE m.planId = :p GROUP BY m.status", Object[].class)
                .setParameter("p", p.id).getResultList()) {
            counts.put((MoveStatus) row[0], ((Number) row[1]).intValue());
        }
        v.proposed = counts.getOrDefault(MoveStatus.PROPOSED, 0);
        v.approved = counts.getOrDefault(MoveStatus.APPROVED, 0);
        v.executed = counts.getOrDefault(MoveStatus.EXECUTED, 0);
        v.deferred = counts.getOrDefault(MoveStatus.DEFERRED, 0);
        return v;
    }

    private PlanEntity loadPlan(EntityManager em, String code, long id) {
        return store.find(em, PlanEntity.class, id, "Rotation plan", code, p -> p.jurisdictionCode);
    }

    // ---- moves

    /** Proposes a move of a cadre's current post in the plan: due by the rule, or for the exception reason given. */
    MoveView propose(String code, long planId, NewMove in, LocalDate today) {
        Validator v = new Validator().require("positionId", in.positionId()).require("toUnit", in.toUnit()).maxLength("toUnit", in.toUnit(), 200)
                .require("toTitle", in.toTitle()).maxLength("toTitle", in.toTitle(), 100).require("toRank", in.toRank())
                .require("toLevel", in.toLevel()).maxLength("exceptionReason", in.exceptionReason(), 500);
        v.throwIfInvalid();
        PlanEntity plan = store.tx().read(em -> loadPlan(em, code, planId));
        Position from = positionWithin(plan.jurisdictionCode, in.positionId());
        if (from.endDate() != null && from.endDate().isBefore(today)) {
            throw new ValidationException("positionId", "position " + from.id() + " ended on " + from.endDate());
        }
        String toJurisdiction = in.toJurisdictionCode() == null || in.toJurisdictionCode().isBlank()
                ? from.jurisdictionCode()
                : in.toJurisdictionCode();
        if (store.jurisdictions().find(toJurisdiction).isEmpty() || !store.within(toJurisdiction, plan.jurisdictionCode)) {
            throw new NotFoundException("Jurisdiction", toJurisdiction);
        }
        LocalDate day = RotationRules.referenceDay(plan.year);
        Tenure tenure = cadres.tenures(from.jurisdictionCode(), from.level(), 1, day).stream()
                .filter(t -> t.memberId() == from.memberId() && RotationRules.sameUnit(t.unit(), from.unit())).findFirst().orElse(null);
        LocalDate since = tenure != null ? tenure.since() : from.startDate();
        long years = tenure != null ? tenure.years() : Math.max(0, ChronoUnit.YEARS.between(from.startDate(), day));
        boolean due = RotationRules.due(from.level(), years);
        String rule = RotationRules.proposalRefusal(due, in.exceptionReason(), from.unit(), in.toUnit());
        if (rule != null) {
            throw new RuleViolationException(rule, rule.equals(RotationRules.RULE_SAME_UNIT)
                    ? "A move leads to another unit than " + from.unit()
                    : "Member " + from.memberId() + " has served " + years + " years at " + from.level() + " in " + from.unit() + " on " + day
                            + " (due after " + RotationRules.threshold(from.level()) + "); give the exception reason to move earlier");
        }
        String memberName = tenure != null ? tenure.memberName() : memberName(from.memberId());
        return store.tx().write(em -> {
            PlanEntity p = loadPlan(em, code, planId);
            long already = em.createQuery("SELECT COUNT(m) FROM MoveEntity m WHERE m.planId = :p AND m.fromPositionId = :pos AND m.status <> :d",
                    Long.class).setParameter("p", p.id).setParameter("pos", from.id()).setParameter("d", MoveStatus.DEFERRED).getSingleResult();
            if (already > 0) {
                throw new RuleViolationException(RotationRules.RULE_ALREADY_PLANNED,
                        "Position " + from.id() + " of member " + from.memberId() + " is already in the " + p.year + " plan");
            }
            MoveEntity m = new MoveEntity();
            m.planId = p.id;
            m.jurisdictionCode = from.jurisdictionCode();
            m.townCode = Store.townOf(from.jurisdictionCode());
            m.memberId = from.memberId();
            m.memberName = memberName;
            m.fromPositionId = from.id();
            m.fromUnit = from.unit();
            m.fromTitle = from.title();
            m.fromLevel = from.level();
            m.tenureSince = since;
            m.tenureYears = (int) years;
            m.due = due;
            m.exceptionReason = blankToNull(in.exceptionReason());
            m.toUnit = in.toUnit().trim();
            m.toJurisdictionCode = toJurisdiction;
            m.toTitle = in.toTitle().trim();
            m.toRank = in.toRank();
            m.toLevel = in.toLevel();
            m.proposedBy = ModuleStore.caller();
            m.proposedOn = today;
            em.persist(m);
            em.flush();
            return m.toView(p.year);
        });
    }

    private String memberName(long memberId) {
        return members.get(memberId).name();
    }

    /** A core position in the subtree; one elsewhere is reported like a missing one. */
    private Position positionWithin(String code, long positionId) {
        Position p;
        try {
            p = cadres.position(positionId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Position", positionId);
        }
        if (!store.within(p.jurisdictionCode(), code)) {
            throw new NotFoundException("Position", positionId);
        }
        return p;
    }

    MoveView move(String code, long id) {
        return store.tx().read(em -> view(em, loadMove(em, code, id)));
    }

    Page<MoveView> moves(String code, Long planId, Integer year, MoveStatus status, String town, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("MoveEntity", "m").where("m.jurisdictionCode IN :codes", "codes", codes)
                    .where("m.planId = :plan", "plan", planId)
                    .where("m.planId IN (SELECT p.id FROM PlanEntity p WHERE p.year = :y)", "y", year).where("m.status = :status", "status", status)
                    .where("m.townCode = :town", "town", blankToNull(town));
            Page<MoveEntity> rows = q.page(em, MoveEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("townCode", true), new PageRequest.Order("id", true)), MOVE_SORT);
            Map<Long, Integer> years = new HashMap<>();
            List<MoveView> items = new ArrayList<>();
            for (MoveEntity m : rows.items()) {
                items.add(m.toView(years.computeIfAbsent(m.planId, p -> em.find(PlanEntity.class, p).year)));
            }
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    MoveView approve(String code, long id, Long version, LocalDate today) {
        new Validator().require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            MoveEntity m = loadMove(em, code, id);
            ConflictException.requireVersion("Move", id, m.version, version);
            refuse(RotationRules.approvalRefusal(m.status), m);
            m.status = MoveStatus.APPROVED;
            m.approvedBy = ModuleStore.caller();
            m.approvedOn = today;
            em.flush();
            return view(em, m);
        });
    }

    MoveView defer(String code, long id, String reason, Long version, LocalDate today) {
        new Validator().require("version", version).check(reason != null && !reason.isBlank(), "reason", "is required to defer a move")
                .maxLength("reason", reason, 500).throwIfInvalid();
        return store.tx().write(em -> {
            MoveEntity m = loadMove(em, code, id);
            ConflictException.requireVersion("Move", id, m.version, version);
            refuse(RotationRules.deferralRefusal(m.status), m);
            m.status = MoveStatus.DEFERRED;
            m.deferredReason = reason.trim();
            m.deferredOn = today;
            em.flush();
            return view(em, m);
        });
    }

    /**
     * Carries out an approved move {@code on} a day: the core position left ends the day before,
     * the new one starts that day (both through the core's cadre service, so the member's cadre
     * record shows them and the tenure in the old unit ends). If the module's record cannot be
     * written afterwards, the core's changes are undone.
     */
    MoveView execute(String code, long id, LocalDate on, Long version, LocalDate today) {
        LocalDate day = on == null ? today : on;
        new Validator().require("version", version).check(!day.isAfter(today), "on", "must not be in the future").throwIfInvalid();
        MoveEntity read = store.tx().read(em -> {
            MoveEntity m = loadMove(em, code, id);
            ConflictException.requireVersion("Move", id, m.version, version);
            refuse(RotationRules.executionRefusal(m.status), m);
            return m;
        });
        Position old = cadres.position(read.fromPositionId);
        if (day.isBefore(old.startDate())) {
            throw new ValidationException("on", "must not be before the post left began (" + old.startDate() + ")");
        }
        Position ended = null;
        if (old.endDate() == null || old.endDate().isAfter(day)) {
            ended = cadres.updatePosition(old.id(), new Position(old.id(), old.memberId(), old.unit(), old.jurisdictionCode(), old.organizationId(),
                    old.title(), old.rank(), old.level(), old.startDate(), RotationRules.oldPostEnds(old.startDate(), day), old.version()));
        }
        Position created = cadres.addPosition(read.memberId,
                new Position(null, read.memberId, read.toUnit, read.toJurisdictionCode, null, read.toTitle,
                        read.toRank, read.toLevel, day, null, null));
        try {
            return store.tx().write(em -> {
                MoveEntity m = loadMove(em, code, id);
                ConflictException.requireVersion("Move", id, m.version, version);
                refuse(RotationRules.executionRefusal(m.status), m);
                m.status = MoveStatus.EXECUTED;
                m.executedOn = day;
                m.newPositionId = created.id();
                em.flush();
                return view(em, m);
            });
        } catch (RuntimeException e) {
            undo(created, ended, old);
            throw e;
        }
    }

    /** Takes back the core's changes of an execution the module could not record (logged where the core refuses). */
    private void undo(Position created, Position ended, Position old) {
        try {
            cadres.deletePosition(created.id());
            if (ended != null) {
                cadres.updatePosition(old.id(), new Position(old.id(), old.memberId(), old.unit(), old.jurisdictionCode(), old.organizationId(),
                        old.title(), old.rank(), old.level(), old.startDate(), old.endDate(), ended.version()));
            }
        } catch (RuntimeException e) {
            logger.warn("The core positions of a move not recorded could not be put back: {}", e.getMessage());
        }
    }

    private static void refuse(String rule, MoveEntity m) {
        if (rule != null) {
            throw new RuleViolationException(rule, "Move " + m.id + " of " + m.memberName + " is " + m.status);
        }
    }

    private MoveEntity loadMove(EntityManager em, String code, long id) {
        return store.find(em, MoveEntity.class, id, "Move", code, m -> m.jurisdictionCode);
    }

    private static MoveView view(EntityManager em, MoveEntity m) {
        return m.toView(em.find(PlanEntity.class, m.planId).year);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
