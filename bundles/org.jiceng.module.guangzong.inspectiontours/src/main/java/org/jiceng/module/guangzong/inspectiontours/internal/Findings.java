package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.AccountabilityAction;
import org.jiceng.problem.AccountabilityType;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a visit finds: each finding is a problem on the core's problems engine (source
 * INSPECTION_TOUR) on the unit, rectified there by the unit (plan, progress, rectified), then checked
 * by a follow-up visit of a later round — verified, or reopened with the reason; accountability over
 * it is recorded on the engine.
 */
@Component(service = Findings.class)
public class Findings {
    static final Set<String> SORTABLE = Set.of("id", "foundOn");
    private static final Map<String, String> SORT = Map.of("id", "f.id", "foundOn", "f.foundOn");
    /** Above this many problems one page of the engine's list is cheaper than a read per problem. */
    private static final int SINGLE_READS = 20;

    private final Store store;
    private final ProblemService problems;
    private final OrganizationService organizations;
    private final MemberService members;

    @Activate
    public Findings(@Reference Store store, @Reference ProblemService problems, @Reference OrganizationService organizations,
            @Reference MemberService members) {
        this.store = store;
        this.problems = problems;
        this.organizations = organizations;
        this.members = members;
    }

    /** Body of POST /findings. */
    public static class NewFinding {
        public Long visitId;
        public Area area;
        public String description;
        public ProblemSeverity severity;
        public LocalDate foundOn;
        /** By when the unit must have rectified it. */
        public LocalDate deadline;
    }

    /** Body of PUT /findings/{findingId}/check: the follow-up visit's check of the rectification. */
    public static class Check {
        /** The follow-up (跟踪式) visit to the unit in a later round. */
        public Long visitId;
        /** True: verified (the rectification holds); false: reopened, the note saying why. */
        public Boolean passed;
        public String note;
        public LocalDate on;
        /** The problem's version. */
        public Long version;
    }

    /** Body of POST /findings/{findingId}/accountability. */
    public static class NewAccountability {
        public AccountabilityType type;
        /** The Party organization held to account; without a target, the unit's own organization. */
        public Long targetOrganizationId;
        /** The member held to account (the unit's secretary, a cadre). */
        public Long targetMemberId;
        public LocalDate date;
        public String decidedBy;
        public String note;
    }

    /** Records a finding of a visit within its round's period (422 outside-round-period) while the round is open (422 round-closed). */
    public FindingView record(String code, NewFinding in) {
        LocalDate today = store.today();
        new Validator().require("visitId", in.visitId).require("area", in.area).require("description", in.description)
                .maxLength("description", in.description, 2000).require("severity", in.severity).require("foundOn", in.foundOn)
                .require("deadline", in.deadline).check(in.foundOn == null || !in.foundOn.isAfter(today), "foundOn", "must not be in the future")
                .check(in.foundOn == null || in.deadline == null || in.deadline.isAfter(in.foundOn), "deadline", "must be after foundOn")
                .throwIfInvalid();
        VisitEntity visit = store.tx().read(em -> visitOf(em, code, in.visitId));
        RoundEntity round = store.tx().read(em -> em.find(RoundEntity.class, visit.roundId));
        TourRules.requireOpen(round);
        TourRules.requireWithinPeriod(round, in.foundOn, "A finding");
        if (in.foundOn.isBefore(visit.visitedOn)) {
            throw new ValidationException("foundOn", "must not be before the visit (" + visit.visitedOn + ")");
        }
        InspectorEntity inspector = store.tx().read(em -> em.find(InspectorEntity.class, visit.inspectorId));
        boolean organization = visit.organizationId != null;
        Problem reported = problems.report(new Problem(null, ProblemSource.INSPECTION_TOUR, organization ? "ORGANIZATION" : "JURISDICTION",
                organization ? String.valueOf(visit.organizationId) : visit.jurisdictionCode, visit.jurisdictionCode, "基层党建巡察·" + in.area.zh(),
                in.severity, in.description.trim(), "县委巡察组(" + (inspector == null ? "巡察专员" : inspector.name) + ")", in.foundOn, in.deadline,
                null, false, null, null, null, null, null, null, null, 0, List.of(), List.of(), null));
        FindingEntity created = store.tx().write(em -> {
            FindingEntity f = new FindingEntity();
            f.visitId = visit.id;
            f.roundId = visit.roundId;
            f.jurisdictionCode = visit.jurisdictionCode;
            f.unitKey = visit.unitKey;
            f.area = in.area;
            f.problemId = reported.id();
            f.foundOn = in.foundOn;
            em.persist(f);
            return f;
        });
        return view(created, reported);
    }

    /**
     * The follow-up's check of a rectified finding: on a follow-up visit (422 not-a-follow-up) to the
     * same unit in a later round (422 not-an-earlier-finding) while that round is open and within its
     * period; verified, or reopened with the reason. 422 finding-not-rectified before the unit
     * reported it rectified.
     */
    public FindingView check(String code, long id, Check in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("visitId", in.visitId).require("passed", in.passed).maxLength("note", in.note, 2000)
                .check(!Boolean.FALSE.equals(in.passed) || in.note != null && !in.note.isBlank(), "note", "is required when the check fails: say why")
                .check(in.on == null || !in.on.isAfter(today), "on", "must not be in the future").throwIfInvalid();
        FindingEntity f = store.tx().read(em -> load(em, code, id));
        VisitEntity followUp = store.tx().read(em -> visitOf(em, code, in.visitId));
        RoundEntity round = store.tx().read(em -> em.find(RoundEntity.class, followUp.roundId));
        int findingRound = store.tx().read(em -> em.find(RoundEntity.class, f.roundId)).number;
        TourRules.requireFollowUpOf(followUp, round.number, f, findingRound);
        TourRules.requireOpen(round);
        LocalDate on = in.on == null ? today : in.on;
        if (on.isBefore(followUp.visitedOn)) {
            throw new ValidationException("on", "must not be before the follow-up visit (" + followUp.visitedOn + ")");
        }
        TourRules.requireWithinPeriod(round, on, "A follow-up check");
        Problem p = problems.get(f.problemId);
        if (p.status() != ProblemStatus.RECTIFIED) {
            throw new RuleViolationException(TourRules.RULE_FINDING_NOT_RECTIFIED,
                    "Finding " + id + " is " + p.status() + ": it is checked once the unit reports it rectified");
        }
        Problem after = in.passed
                ? problems.verify(f.problemId, Store.caller(), in.note == null || in.note.isBlank() ? "跟踪巡察复核,整改到位" : in.note.trim(), on, expected)
                : problems.reopen(f.problemId, in.note.trim(), Store.caller(), on, expected);
        return view(f, after);
    }

    /** Records an accountability action over a finding on the problems engine, aimed at an organization or member of the county. */
    public AccountabilityAction account(String code, long id, NewAccountability in) {
        new Validator().require("type", in.type).require("date", in.date).require("decidedBy", in.decidedBy).maxLength("decidedBy", in.decidedBy, 200)
                .maxLength("note", in.note, 1000).check(in.date == null || !in.date.isAfter(store.today()), "date", "must not be in the future")
                .throwIfInvalid();
        FindingEntity f = store.tx().read(em -> load(em, code, id));
        String county = store.countyOf(f.jurisdictionCode);
        VisitEntity visit = store.tx().read(em -> em.find(VisitEntity.class, f.visitId));
        Long organization = in.targetOrganizationId == null && in.targetMemberId == null ? visit.organizationId : in.targetOrganizationId;
        if (organization == null && in.targetMemberId == null) {
            throw new ValidationException("targetOrganizationId", visit.unitName + " has no Party organization in the registry: name the target");
        }
        if (organization != null) {
            try {
                organizations.getWithin(organization, county);
            } catch (NotFoundException e) {
                throw new ValidationException("targetOrganizationId", "no Party organization " + organization + " in " + county);
            }
        }
        if (in.targetMemberId != null) {
            String where;
            try {
                where = members.get(in.targetMemberId).jurisdictionCode();
            } catch (NotFoundException e) {
                where = null;
            }
            if (where == null || !store.within(where, county)) {
                throw new ValidationException("targetMemberId", "no member " + in.targetMemberId + " in " + county);
            }
        }
        return problems.addAccountability(f.problemId, new AccountabilityAction(null, f.problemId, in.type, in.targetMemberId, organization,
                in.date, in.decidedBy.trim(), in.note == null || in.note.isBlank() ? null : in.note.trim()));
    }

    public FindingView get(String code, long id) {
        FindingEntity f = store.tx().read(em -> load(em, code, id));
        return view(f, problems.get(f.problemId));
    }

    /** Findings of the subtree by round, visit, area and year found, each with its problem's state. */
    public Page<FindingView> list(String code, Long roundId, Long visitId, Area area, Integer year, PageRequest page) {
        Page<FindingEntity> rows = entities(code, roundId, visitId, area, year, page);
        Map<Long, Problem> found = problems(code, rows.items().stream().map(f -> f.problemId).toList());
        return new Page<>(rows.items().stream().map(f -> view(f, found.get(f.problemId))).toList(), rows.page(), rows.size(), rows.total());
    }

    Page<FindingEntity> entities(String code, Long roundId, Long visitId, Area area, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> new QueryBuilder("FindingEntity", "f").where("f.jurisdictionCode IN :codes", "codes", codes)
                .where("f.roundId = :round", "round", roundId).where("f.visitId = :visit", "visit", visitId).where("f.area = :area", "area", area)
                .where("f.foundOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                .where("f.foundOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .page(em, FindingEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT));
    }

    /** The problems of a round's findings, as the problems engine has them now. */
    List<Problem> problemsOfRound(long roundId) {
        List<Object[]> rows = store.tx().read(em -> em.createQuery("SELECT f.problemId, r.jurisdictionCode FROM FindingEntity f, RoundEntity r"
                + " WHERE f.roundId = r.id AND r.id = :r ORDER BY f.id", Object[].class).setParameter("r", roundId).getResultList());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Problem> found = problems((String) rows.get(0)[1], ids);
        return ids.stream().map(found::get).toList();
    }

    /**
     * The problems with these ids, as the engine has them now: read one by one when they are few,
     * else from the engine's list of the subtree's inspection-tour problems (a read per problem would
     * cost a transaction each).
     */
    Map<Long, Problem> problems(String code, List<Long> ids) {
        Map<Long, Problem> found = new HashMap<>();
        if (ids.size() <= SINGLE_READS) {
            ids.forEach(id -> found.put(id, problems.get(id)));
            return found;
        }
        Set<Long> wanted = Set.copyOf(ids);
        Pages.each("id", Set.of("id"), page -> problems.find(code, ProblemSource.INSPECTION_TOUR, null, null, null, page), p -> {
            if (wanted.contains(p.id())) {
                found.put(p.id(), p);
            }
        });
        // one moved out of the subtree's list meanwhile (none should): read it alone
        ids.stream().filter(id -> !found.containsKey(id)).forEach(id -> found.put(id, problems.get(id)));
        return found;
    }

    FindingView view(FindingEntity f, Problem p) {
        return store.tx().read(em -> {
            VisitEntity visit = em.find(VisitEntity.class, f.visitId);
            RoundEntity round = em.find(RoundEntity.class, f.roundId);
            return view(f, visit, round, p);
        });
    }

    static FindingView view(FindingEntity f, VisitEntity visit, RoundEntity round, Problem p) {
        FindingView v = new FindingView();
        v.id = f.id;
        v.visitId = f.visitId;
        v.roundId = f.roundId;
        v.roundNumber = round.number;
        v.unitKind = visit.unitKind;
        v.unitName = visit.unitName;
        v.mode = visit.mode;
        v.jurisdictionCode = f.jurisdictionCode;
        v.area = f.area;
        v.areaZh = f.area.zh();
        v.problemId = f.problemId;
        v.description = p.description();
        v.severity = p.severity().name();
        v.foundOn = f.foundOn;
        v.deadline = p.deadline();
        v.status = p.status() == null ? null : p.status().name();
        v.overdue = p.overdue();
        v.responsible = p.responsible();
        v.rectifiedOn = p.rectifiedOn();
        v.verifiedOn = p.verifiedOn();
        v.reopenCount = p.reopenCount();
        v.accountability = p.accountability();
        v.version = p.version() == null ? 0 : p.version();
        return v;
    }

    private VisitEntity visitOf(EntityManager em, String code, long visitId) {
        try {
            return store.find(em, VisitEntity.class, visitId, "Visit", code, v -> v.jurisdictionCode);
        } catch (NotFoundException e) {
            throw new ValidationException("visitId", "no visit " + visitId + " in " + code);
        }
    }

    private FindingEntity load(EntityManager em, String code, long id) {
        return store.find(em, FindingEntity.class, id, "Finding", code, f -> f.jurisdictionCode);
    }
}
