package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.TargetType;
import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.MemberService;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 末位淘汰: the ranking proposes, the county decides, and an approved elimination ends with a new
 * first secretary for the village — a new assignment in the core, the old one recalled.
 */
@Component(service = Eliminations.class)
public class Eliminations {
    static final String RULE_ALREADY_DECIDED = "elimination-already-decided";
    static final String RULE_NOT_APPROVED = "elimination-not-approved";
    static final Set<String> SORTABLE = Set.of("id", "month", "proposedOn", "state");
    private static final Map<String, String> SORT = Map.of("id", "e.id", "month", "e.month", "proposedOn", "e.proposedOn", "state", "e.state");
    private static final Set<EliminationState> OPEN = Set.of(EliminationState.PROPOSED, EliminationState.APPROVED, EliminationState.REPLACED);

    private final Store store;
    private final Secretaries secretaries;
    private final CadreService cadres;
    private final MemberService members;
    private final Thresholds thresholds;

    @Activate
    public Eliminations(@Reference Store store, @Reference Secretaries secretaries, @Reference CadreService cadres, @Reference MemberService members,
            @Reference Thresholds thresholds) {
        this.store = store;
        this.secretaries = secretaries;
        this.cadres = cadres;
        this.members = members;
        this.thresholds = thresholds;
    }

    /** Proposes the elimination of every flagged secretary with a poor total who has no elimination under way; returns those proposed. */
    List<EliminationView> propose(String county, String month, List<SubjectResult> results, LocalDate today) {
        List<EliminationView> proposed = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (SubjectResult r : results) {
            if (!RankingRules.eliminationDue(r, thresholds.poorTotalBelow())) {
                continue;
            }
            Assignment a = secretaries.get(county, Long.parseLong(r.subjectId()));
            EliminationView v = store.tx().write(em -> {
                boolean underWay = !em.createQuery("SELECT e.id FROM EliminationEntity e WHERE e.assignmentId = :a AND (e.state IN :open "
                        + "OR e.month = :m)", Long.class).setParameter("a", a.id()).setParameter("open", OPEN).setParameter("m", month)
                        .getResultList().isEmpty();
                if (underWay) {
                    return null;
                }
                EliminationEntity e = new EliminationEntity();
                e.assignmentId = a.id();
                e.memberId = a.memberId();
                e.memberName = secretaries.name(a.memberId(), names);
                e.jurisdictionCode = a.jurisdictionCode();
                e.rankingGroup = r.group();
                e.month = month;
                e.lastPlaceStreak = r.lastPlaceStreak();
                e.total = r.total();
                e.grade = r.grade();
                e.proposedOn = today;
                em.persist(e);
                em.flush();
                return e.toView();
            });
            if (v != null) {
                proposed.add(v);
            }
        }
        return proposed;
    }

    Page<EliminationView> list(String code, EliminationState state, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("EliminationEntity", "e").where("e.jurisdictionCode IN :codes", "codes", codes)
                    .where("e.state = :state", "state", state);
            Page<EliminationEntity> rows = q.page(em, EliminationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(EliminationEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    EliminationView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    /** The county's decision on a proposal: approved (the secretary goes) or rejected (stays). */
    EliminationView decide(String code, long id, Boolean approve, String note, Long version, LocalDate today) {
        new Validator().require("approve", approve).require("version", version).maxLength("note", note, 1000).throwIfInvalid();
        return store.tx().write(em -> {
            EliminationEntity e = load(em, code, id);
            checkVersion(e, version);
            if (e.state != EliminationState.PROPOSED) {
                throw new RuleViolationException(RULE_ALREADY_DECIDED, "Elimination " + id + " was already decided: " + e.state);
            }
            e.state = approve ? EliminationState.APPROVED : EliminationState.REJECTED;
            e.decidedBy = Store.caller();
            e.decidedOn = today;
            e.decisionNote = note;
            em.flush();
            return e.toView();
        });
    }

    /**
     * Replaces an eliminated secretary: a new core assignment for the village from {@code startDate}
     * to the end the old one was planned to have, and the old one recalled the day before. The
     * elimination is marked first, in its own transaction, so that two concurrent replacements cannot
     * both reach the core; if the core refuses, the mark is undone.
     */
    EliminationView replace(String code, long id, Long memberId, LocalDate startDate, Long version, LocalDate today) {
        new Validator().require("memberId", memberId).require("startDate", startDate).require("version", version).throwIfInvalid();
        EliminationEntity marked = store.tx().write(em -> {
            EliminationEntity e = load(em, code, id);
            checkVersion(e, version);
            if (e.state != EliminationState.APPROVED) {
                throw new RuleViolationException(RULE_NOT_APPROVED, "Elimination " + id + " is " + e.state
                        + ": a first secretary is replaced only after the county approved the elimination");
            }
            if (e.memberId == memberId) {
                throw new ValidationException("memberId", "must be someone other than the eliminated first secretary");
            }
            e.state = EliminationState.REPLACED;
            e.replacementMemberId = memberId;
            e.replacedOn = today;
            em.flush();
            return e;
        });
        try {
            Assignment old = secretaries.get(code, marked.assignmentId);
            if (!startDate.isAfter(old.startDate())) {
                throw new ValidationException("startDate", "must be after the eliminated secretary's start (" + old.startDate() + ")");
            }
            members.get(memberId);
            LocalDate plannedEnd = old.endDate() == null || old.endDate().isBefore(startDate) ? null : old.endDate();
            Assignment next = cadres.assign(new Assignment(null, memberId, old.targetType() == null ? TargetType.JURISDICTION : old.targetType(),
                    old.target(), Store.ROLE, old.jurisdictionCode(), startDate, plannedEnd, old.dispatchingBody(), AssignmentStatus.ACTIVE,
                    Store.MODULE_ID, "接替末位淘汰的第一书记(淘汰 " + id + ")", null));
            cadres.updateAssignment(old.id(), new Assignment(old.id(), old.memberId(), old.targetType(), old.target(), old.role(),
                    old.jurisdictionCode(), old.startDate(), startDate.minusDays(1), old.dispatchingBody(), AssignmentStatus.RECALLED, old.module(),
                    "末位淘汰 (" + marked.month + ")", old.version()));
            return store.tx().write(em -> {
                EliminationEntity e = em.find(EliminationEntity.class, id);
                e.replacementAssignmentId = next.id();
                em.flush();
                return e.toView();
            });
        } catch (RuntimeException failure) {
            store.tx().run(em -> {
                EliminationEntity e = em.find(EliminationEntity.class, id);
                if (e.replacementAssignmentId == null) {
                    e.state = EliminationState.APPROVED;
                    e.replacementMemberId = null;
                    e.replacedOn = null;
                }
            });
            throw failure;
        }
    }

    /** How many of the subtree are in a state. */
    long count(String code, EliminationState state) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery("SELECT COUNT(e) FROM EliminationEntity e WHERE e.jurisdictionCode IN :codes AND e.state = :s",
                Long.class).setParameter("codes", codes).setParameter("s", state).getSingleResult());
    }

    private EliminationEntity load(javax.persistence.EntityManager em, String code, long id) {
        return store.find(em, EliminationEntity.class, id, "Elimination", code, e -> e.jurisdictionCode);
    }

    private static void checkVersion(EliminationEntity e, long version) {
        ConflictException.requireVersion("Elimination", e.id, e.version, version);
    }
}
