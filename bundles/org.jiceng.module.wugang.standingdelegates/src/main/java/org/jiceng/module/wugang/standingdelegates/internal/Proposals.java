package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
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
 * Delegates' proposals and suggestions (撰写提案和提议). Filed by a serving delegate; once the county
 * assigns one to a handling unit it becomes a problem on the core's problems engine, of source
 * RESIDENT_CONTACT: what a delegate proposes comes from the village and households they keep in
 * touch with (民情观察员), and the engine then tracks its deadline, overdue state and inbox item. The
 * unit's answer rectifies the problem; the delegate's satisfaction verifies it, or reopens it.
 */
@Component(service = Proposals.class)
public class Proposals {
    static final String SUBJECT_TYPE = "STANDING_DELEGATE_PROPOSAL";
    static final Set<String> SORTABLE = Set.of("id", "filedOn", "status", "delegateId");
    private static final Map<String, String> SORT = Map.of("id", "p.id", "filedOn", "p.filedOn", "status", "p.status", "delegateId", "p.delegateId");

    public record NewProposal(Long delegateId, ProposalKind kind, String title, String content, LocalDate filedOn) {
    }

    public record Assignment(String handlingUnit, LocalDate deadline, LocalDate assignedOn, Long version) {
    }

    public record Answer(String answer, LocalDate answeredOn, Long version) {
    }

    public record Verdict(Satisfaction satisfaction, String note, LocalDate on, Long version) {
    }

    private final Store store;
    private final Delegates delegates;
    private final ProblemService problems;

    @Activate
    public Proposals(@Reference Store store, @Reference Delegates delegates, @Reference ProblemService problems) {
        this.store = store;
        this.delegates = delegates;
        this.problems = problems;
    }

    /** Files a proposal: only a delegate serving on the day files one. */
    ProposalView file(String code, NewProposal in, LocalDate today) {
        new Validator().require("delegateId", in.delegateId()).require("kind", in.kind()).require("title", in.title()).maxLength("title",
                in.title(), 300).require("content", in.content()).maxLength("content", in.content(), 4000).check(in.filedOn() == null
                        || !in.filedOn().isAfter(today), "filedOn", "must not be in the future")
                .throwIfInvalid();
        LocalDate on = in.filedOn() == null ? today : in.filedOn();
        return store.tx().write(em -> {
            DelegateEntity d = delegates.serving(em, code, in.delegateId(), on);
            ProposalEntity p = new ProposalEntity();
            p.delegateId = d.id;
            p.jurisdictionCode = d.jurisdictionCode;
            p.kind = in.kind();
            p.title = in.title().trim();
            p.content = in.content().trim();
            p.filedOn = on;
            p.filedBy = Store.caller();
            em.persist(p);
            em.flush();
            return Views.of(p);
        });
    }

    /** FILED → ASSIGNED: reported on the engine (found on the assignment day, due on the deadline) with the unit's plan filed. */
    ProposalView assign(String code, long id, Assignment in, LocalDate today) {
        new Validator().require("handlingUnit", in.handlingUnit()).maxLength("handlingUnit", in.handlingUnit(), 200).require("deadline",
                in.deadline()).require("version", in.version()).check(in.assignedOn() == null || !in.assignedOn().isAfter(today), "assignedOn",
                        "must not be in the future")
                .throwIfInvalid();
        LocalDate on = in.assignedOn() == null ? today : in.assignedOn();
        ProposalEntity current = store.tx().read(em -> step(em, code, id, in.version(), ProposalStatus.FILED, "assign"));
        new Validator().check(!on.isBefore(current.filedOn), "assignedOn", "must not be before it was filed (" + current.filedOn + ")")
                .check(!in.deadline().isBefore(on), "deadline", "must not be before the assignment (" + on + ")").throwIfInvalid();
        String subjectJurisdiction = store.tx().read(em -> {
            DelegateEntity d = em.find(DelegateEntity.class, current.delegateId);
            return d.villageCode == null ? d.jurisdictionCode : d.villageCode;
        });
        String by = Store.caller();
        Problem reported = problems.report(new Problem(null, ProblemSource.RESIDENT_CONTACT, SUBJECT_TYPE, String.valueOf(id), subjectJurisdiction,
                current.kind == ProposalKind.PROPOSAL ? "党代表提案" : "党代表提议", ProblemSeverity.MEDIUM, current.title, by, on, in.deadline(),
                null, false, null, null, null, null, null, null, null, 0, null, null, null));
        Problem planned = problems.filePlan(reported.id(), "交" + in.handlingUnit().trim() + "办理", in.handlingUnit().trim(), by, on,
                reported.version());
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.FILED, "assign");
            p.handlingUnit = in.handlingUnit().trim();
            p.deadline = in.deadline();
            p.problemId = planned.id();
            p.status = ProposalStatus.ASSIGNED;
            em.flush();
            return Views.of(p);
        });
    }

    /** ASSIGNED → ANSWERED with the unit's answer, which rectifies the problem on the engine. */
    ProposalView answer(String code, long id, Answer in, LocalDate today) {
        new Validator().require("answer", in.answer()).maxLength("answer", in.answer(), 4000).require("version", in.version())
                .check(in.answeredOn() == null || !in.answeredOn().isAfter(today), "answeredOn", "must not be in the future").throwIfInvalid();
        LocalDate on = in.answeredOn() == null ? today : in.answeredOn();
        ProposalEntity current = store.tx().read(em -> step(em, code, id, in.version(), ProposalStatus.ASSIGNED, "answer"));
        Problem tracked = problems.get(current.problemId);
        new Validator().check(!on.isBefore(tracked.foundOn()), "answeredOn", "must not be before the assignment (" + tracked.foundOn() + ")")
                .throwIfInvalid();
        problems.markRectified(tracked.id(), in.answer().trim(), Store.caller(), on, tracked.version());
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.ASSIGNED, "answer");
            p.answer = in.answer().trim();
            p.answeredOn = on;
            p.status = ProposalStatus.ANSWERED;
            em.flush();
            return Views.of(p);
        });
    }

    /** ANSWERED → CLOSED (the engine verifies) when the delegate is satisfied; back to ASSIGNED (reopened) when not. */
    ProposalView satisfaction(String code, long id, Verdict in, LocalDate today) {
        new Validator().require("satisfaction", in.satisfaction()).require("version", in.version()).maxLength("note", in.note(), 1000)
                .check(in.satisfaction() != Satisfaction.DISSATISFIED || (in.note() != null && !in.note().isBlank()), "note",
                        "is required when the delegate is dissatisfied")
                .check(in.on() == null || !in.on().isAfter(today), "on", "must not be in the future").throwIfInvalid();
        LocalDate on = in.on() == null ? today : in.on();
        ProposalEntity current = store.tx().read(em -> step(em, code, id, in.version(), ProposalStatus.ANSWERED, "satisfaction"));
        new Validator().check(!on.isBefore(current.answeredOn), "on", "must not be before the answer (" + current.answeredOn + ")").throwIfInvalid();
        Problem tracked = problems.get(current.problemId);
        String by = Store.caller();
        if (in.satisfaction() == Satisfaction.DISSATISFIED) {
            problems.reopen(tracked.id(), "代表不满意: " + in.note().trim(), by, on, tracked.version());
        } else {
            problems.verify(tracked.id(), by, in.note() == null || in.note().isBlank() ? "代表" + label(in.satisfaction()) : in.note().trim(), on,
                    tracked.version());
        }
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.ANSWERED, "satisfaction");
            p.satisfaction = in.satisfaction();
            p.satisfactionOn = on;
            p.status = in.satisfaction() == Satisfaction.DISSATISFIED ? ProposalStatus.ASSIGNED : ProposalStatus.CLOSED;
            em.flush();
            return Views.of(p);
        });
    }

    private static String label(Satisfaction s) {
        return s == Satisfaction.SATISFIED ? "满意" : "基本满意";
    }

    ProposalView get(String code, long id) {
        return store.tx().read(em -> Views.of(load(em, code, id)));
    }

    /** The proposal's handling as the problems engine keeps it (history, deadline, overdue). */
    Problem problem(String code, long id) {
        ProposalEntity p = store.tx().read(em -> load(em, code, id));
        if (p.problemId == null) {
            throw new NotFoundException("Proposal " + id + " is not assigned yet: no handling on record");
        }
        return problems.get(p.problemId);
    }

    Page<ProposalView> list(String code, Long delegateId, ProposalStatus status, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<ProposalEntity> rows = new QueryBuilder("ProposalEntity", "p").where("p.jurisdictionCode IN :codes", "codes", codes)
                    .where("p.delegateId = :d", "d", delegateId).where("p.status = :s", "s", status)
                    .where("p.filedOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                    .where("p.filedOn <= :to", "to", year == null ? null : LocalDate.of(year, 12, 31))
                    .page(em, ProposalEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(Views::of).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    private ProposalEntity load(EntityManager em, String code, long id) {
        return store.find(em, ProposalEntity.class, id, "Proposal", code, p -> p.jurisdictionCode);
    }

    /** Loads the proposal for a step: the version read, and the status the step starts from. */
    private ProposalEntity step(EntityManager em, String code, long id, long version, ProposalStatus from, String what) {
        ProposalEntity p = load(em, code, id);
        ConflictException.requireVersion("Proposal", id, p.version, version);
        if (p.status != from) {
            throw new RuleViolationException(DelegateRules.PROPOSAL_STEP, "Proposal " + id + " is " + p.status + ": '" + what + "' needs " + from);
        }
        return p;
    }
}
