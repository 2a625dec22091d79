package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Residents' problems (群众反映的问题): each is a problem of the core's problems engine (source
 * RESIDENT_CONTACT, the village as its subject), its plan filed at once as the village's handling; the
 * module keeps the level handling it and that level's deadline. Escalated village → town → city
 * (a progress note on the engine each time), resolved with a note (the engine's rectification).
 */
@Component(service = ResidentProblems.class)
public class ResidentProblems {
    static final Set<String> SORTABLE = Set.of("id", "raisedOn", "levelDeadline");
    static final String CATEGORY = "驻点联系群众";
    private static final Map<String, String> SORT = Map.of("id", "p.id", "raisedOn", "p.raisedOn", "levelDeadline", "p.levelDeadline");

    /** Which problems a list keeps. */
    enum State {
        OPEN, RESOLVED, OVERDUE
    }

    private final Store store;
    private final Villages villages;
    private final Visits visits;
    private final Deadlines deadlines;
    private final ProblemService problems;

    @Activate
    public ResidentProblems(@Reference Store store, @Reference Villages villages, @Reference Visits visits, @Reference Deadlines deadlines,
            @Reference ProblemService problems) {
        this.store = store;
        this.villages = villages;
        this.visits = visits;
        this.deadlines = deadlines;
        this.problems = problems;
    }

    /** Body of POST /problems. */
    public static class NewProblem {
        public String villageCode;
        public LocalDate raisedOn;
        public String description;
        /** MEDIUM unless said. */
        public ProblemSeverity severity;
        /** The visit it was raised on, if it was (else it came by other ways: a call, the village office). */
        public Long visitId;
    }

    /** Body of PUT /problems/{problemId}/escalate. */
    public static class Escalation {
        /** Today unless said. */
        public LocalDate escalatedOn;
        /** Why the level below cannot solve it. */
        public String reason;
        /** To the city: the city's unit (市直单位) it is passed to. */
        public String cityUnit;
        public Long version;
    }

    /** Body of PUT /problems/{problemId}/resolve. */
    public static class Resolution {
        /** Today unless said. */
        public LocalDate resolvedOn;
        /** How it was solved (办结情况). */
        public String resolution;
        public Long version;
    }

    /** Collects a resident's problem for the village to handle within its days; 422 visit-not-of-village. */
    public ProblemView collect(String scope, NewProblem in) {
        LocalDate today = store.today();
        new Validator().require("villageCode", in.villageCode).require("raisedOn", in.raisedOn).require("description", in.description)
                .maxLength("description", in.description, 2000)
                .check(in.raisedOn == null || !in.raisedOn.isAfter(today), "raisedOn", "must not be in the future").throwIfInvalid();
        Villages.Place village = villages.place(scope, "villageCode", in.villageCode);
        if (in.visitId != null) {
            VisitEntity visit = store.tx().read(em -> em.find(VisitEntity.class, in.visitId));
            if (visit == null || !store.within(visit.villageCode, scope)) {
                throw new ValidationException("visitId", "no visit " + in.visitId);
            }
            if (!visit.villageCode.equals(village.code())) {
                throw new RuleViolationException(ContactRules.RULE_VISIT_NOT_OF_VILLAGE, "Visit " + in.visitId + " was made in " + visit.villageCode
                        + ", not in " + village.code());
            }
            if (in.raisedOn.isBefore(visit.visitedOn)) {
                throw new ValidationException("raisedOn", "must not be before the visit it was raised on (" + visit.visitedOn + ")");
            }
        }
        String by = Store.caller();
        ProblemSeverity severity = in.severity == null ? ProblemSeverity.MEDIUM : in.severity;
        LocalDate villageDeadline = deadlines.deadline(Level.VILLAGE, in.raisedOn);
        // The engine's deadline is the whole chain's (village + town + city days): the level's own is the module's.
        Problem reported = problems.report(new Problem(null, ProblemSource.RESIDENT_CONTACT, "JURISDICTION", village.code(), village.code(), CATEGORY,
                severity, in.description.trim(), by, in.raisedOn, deadlines.outerDeadline(in.raisedOn), null, false, null, null, null, null, null,
                null,
                null, 0, List.of(), List.of(), null));
        Problem planned = problems.filePlan(reported.id(), Level.VILLAGE.zh() + "办理, 时限 " + villageDeadline, village.name(), by, in.raisedOn,
                reported.version());
        ResidentProblemEntity created = store.tx().write(em -> {
            ResidentProblemEntity p = new ResidentProblemEntity();
            p.villageCode = village.code();
            p.townCode = village.townCode();
            p.problemId = reported.id();
            p.visitId = in.visitId;
            p.raisedOn = in.raisedOn;
            p.level = Level.VILLAGE;
            p.levelSince = in.raisedOn;
            p.levelDeadline = villageDeadline;
            em.persist(p);
            return p;
        });
        return view(created, planned, today);
    }

    /** Passes the problem to the level above with that level's days; 422 escalation-beyond-city, problem-already-resolved. */
    public ProblemView escalate(String scope, long id, Escalation in) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("reason", in.reason).maxLength("reason", in.reason, 1000).maxLength("cityUnit", in.cityUnit, 100)
                .check(in.escalatedOn == null || !in.escalatedOn.isAfter(today), "escalatedOn", "must not be in the future").throwIfInvalid();
        ResidentProblemEntity before = store.tx().read(em -> load(em, scope, id));
        ConflictException.requireVersion("Resident problem", id, before.version, expected);
        Level to = ContactRules.escalate(id, before.level, before.resolved());
        LocalDate on = in.escalatedOn == null ? today : in.escalatedOn;
        if (on.isBefore(before.levelSince)) {
            throw new ValidationException("escalatedOn", "must not be before the " + before.level.zh() + " took it (" + before.levelSince + ")");
        }
        if (to == Level.CITY && (in.cityUnit == null || in.cityUnit.isBlank())) {
            throw new ValidationException("cityUnit", "is required to escalate to the city: the city's unit (市直单位) that handles it");
        }
        LocalDate deadline = deadlines.deadline(to, on);
        Problem p = problems.get(before.problemId);
        Problem noted = problems.recordProgress(before.problemId, "转" + to.zh() + "办理" + (to == Level.CITY ? " (" + in.cityUnit.trim() + ")" : "")
                + ", 时限 " + deadline + ": " + in.reason.trim(), Store.caller(), on, p.version());
        ResidentProblemEntity after = store.tx().write(em -> {
            ResidentProblemEntity r = load(em, scope, id);
            ConflictException.requireVersion("Resident problem", id, r.version, expected);
            r.level = to;
            r.levelSince = on;
            r.levelDeadline = deadline;
            if (to == Level.TOWN) {
                r.townOn = on;
                r.townReason = in.reason.trim();
            } else {
                r.cityOn = on;
                r.cityReason = in.reason.trim();
                r.cityUnit = in.cityUnit.trim();
            }
            return r;
        });
        return view(after, noted, today);
    }

    /** Resolves (办结) the problem at the level handling it: the engine's rectification; 422 problem-already-resolved. */
    public ProblemView resolve(String scope, long id, Resolution in) {
        LocalDate today = store.today();
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("resolution", in.resolution).maxLength("resolution", in.resolution, 2000)
                .check(in.resolvedOn == null || !in.resolvedOn.isAfter(today), "resolvedOn", "must not be in the future").throwIfInvalid();
        ResidentProblemEntity before = store.tx().read(em -> load(em, scope, id));
        ConflictException.requireVersion("Resident problem", id, before.version, expected);
        ContactRules.requireOpen(id, before.resolved());
        LocalDate on = in.resolvedOn == null ? today : in.resolvedOn;
        if (on.isBefore(before.levelSince)) {
            throw new ValidationException("resolvedOn", "must not be before the " + before.level.zh() + " took it (" + before.levelSince + ")");
        }
        Problem p = problems.get(before.problemId);
        // Already rectified through the core's own /problems API: the module records the resolution without a second rectification.
        Problem rectified = p.status() != null && p.status().isRectified()
                ? p
                : problems.markRectified(before.problemId, before.level.zh() + "办结: " + in.resolution.trim(), Store.caller(), on, p.version());
        ResidentProblemEntity after = store.tx().write(em -> {
            ResidentProblemEntity r = load(em, scope, id);
            ConflictException.requireVersion("Resident problem", id, r.version, expected);
            r.resolvedOn = on;
            r.resolution = in.resolution.trim();
            return r;
        });
        return view(after, rectified, today);
    }

    public ProblemView get(String scope, long id) {
        ResidentProblemEntity r = store.tx().read(em -> load(em, scope, id));
        return view(r, problems.get(r.problemId), store.today());
    }

    /** Problems of the subtree by village, town, level, state and year raised, each with its problem as the engine has it. */
    public Page<ProblemView> list(String scope, String village, String town, Level level, State state, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(scope);
        LocalDate today = store.today();
        Page<ResidentProblemEntity> rows = store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ResidentProblemEntity", "p").where("p.villageCode IN :codes", "codes", codes)
                    .where("p.villageCode = :village", "village", village).where("p.townCode = :town", "town", town)
                    .where("p.level = :level", "level", level)
                    .where("p.raisedOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                    .where("p.raisedOn < :to", "to", year == null ? null : LocalDate.of(year + 1, 1, 1));
            if (state == State.OPEN) {
                q.where("p.resolvedOn IS NULL");
            } else if (state == State.RESOLVED) {
                q.where("p.resolvedOn IS NOT NULL");
            } else if (state == State.OVERDUE) {
                q.where("p.resolvedOn IS NULL").where("p.levelDeadline < :today", "today", today);
            }
            return q.page(em, ResidentProblemEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)), SORT);
        });
        return new Page<>(rows.items().stream().map(r -> view(r, problems.get(r.problemId), today)).toList(), rows.page(), rows.size(), rows.total());
    }

    /** Open problems of the subtree whose level's deadline falls on or before {@code until}, soonest first (the inbox's). */
    List<ProblemView> dueBy(String scope, LocalDate until, int limit) {
        List<String> codes = store.subtreeCodes(scope);
        LocalDate today = store.today();
        List<ResidentProblemEntity> rows = store.tx().read(em -> em.createQuery("SELECT p FROM ResidentProblemEntity p WHERE p.villageCode IN :codes"
                + " AND p.resolvedOn IS NULL AND p.levelDeadline <= :until ORDER BY p.levelDeadline, p.id", ResidentProblemEntity.class)
                .setParameter("codes", codes).setParameter("until", until).setMaxResults(limit).getResultList());
        return rows.stream().map(r -> view(r, problems.get(r.problemId), today)).toList();
    }

    /** The module's problems of a village, oldest first (the demo completes a village from where a run stopped). */
    List<ResidentProblemEntity> ofVillage(String villageCode) {
        return store.tx().read(em -> em.createQuery("SELECT p FROM ResidentProblemEntity p WHERE p.villageCode = :v ORDER BY p.id",
                ResidentProblemEntity.class).setParameter("v", villageCode).getResultList());
    }

    private ResidentProblemEntity load(EntityManager em, String scope, long id) {
        return store.find(em, ResidentProblemEntity.class, id, "Resident problem", scope, p -> p.villageCode);
    }

    static ProblemView view(ResidentProblemEntity r, Problem p, LocalDate today) {
        ProblemView v = new ProblemView();
        v.id = r.id;
        v.villageCode = r.villageCode;
        v.townCode = r.townCode;
        v.coreProblemId = r.problemId;
        v.visitId = r.visitId;
        v.raisedOn = r.raisedOn;
        v.description = p.description();
        v.severity = p.severity();
        v.level = r.level;
        v.levelZh = r.level.zh();
        v.levelSince = r.levelSince;
        v.levelDeadline = r.levelDeadline;
        v.overdue = r.overdue(today);
        v.townOn = r.townOn;
        v.townReason = r.townReason;
        v.cityOn = r.cityOn;
        v.cityReason = r.cityReason;
        v.cityUnit = r.cityUnit;
        v.resolved = r.resolved();
        v.resolvedOn = r.resolvedOn;
        v.resolution = r.resolution;
        v.engineStatus = p.status() == null ? null : p.status().name();
        v.version = r.version;
        return v;
    }
}
