package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
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
 * Delegates' proposals: filed at a session with co-signers, accepted as a proposal or turned into
 * an opinion, assigned to a handling unit with a deadline, handled, answered with the delegate's
 * satisfaction. From assignment on, the core's problems engine tracks the handling (deadline,
 * overdue, inbox); a dissatisfied delegate reopens it. Unfinished proposals are carried into the
 * next year's handling report.
 */
@Component(service = Proposals.class)
public class Proposals {
    static final String SUBJECT_TYPE = "TOWN_CONGRESS_PROPOSAL";
    static final Set<String> SORTABLE = Set.of("id", "filedOn", "deadline", "status", "sessionYear");
    private static final Map<String, String> SORT = Map.of("id", "p.id", "filedOn", "p.filedOn", "deadline", "p.deadline", "status", "p.status",
            "sessionYear", "p.sessionYear");

    /** @param filedOn when it was filed, if earlier than today (on or after the session's first day); default today */
    public record NewProposal(String title, String content, Long leadDelegateId, List<Long> cosigners, LocalDate filedOn) {
    }

    public record Acceptance(ProposalKind kind, Long version) {
    }

    /**
     * @param assignedOn when it was handed to the unit, if earlier than today (not before it was filed); default
     *                   today. The tracked problem is found and its plan filed on that day.
     * @param deadline   not before the assignment day: without {@code assignedOn} not in the past
     */
    public record Assignment(String handlingUnit, LocalDate deadline, LocalDate assignedOn, Long version) {
    }

    public record Handling(String result, LocalDate handledOn, Long version) {
    }

    public record Reply(String reply, Rating satisfaction, LocalDate repliedOn, Long version) {
    }

    private final CongressStore store;
    private final ProblemService problems;

    @Activate
    public Proposals(@Reference CongressStore store, @Reference ProblemService problems) {
        this.store = store;
        this.problems = problems;
    }

    /** Files a proposal at a session in progress: today, or on the stated {@code filedOn} (not before the session's first day). */
    public Views.Proposal file(String code, long sessionId, NewProposal in) {
        LocalDate today = LocalDate.now();
        Validator v = new Validator().require("title", in.title()).require("content", in.content()).require("leadDelegateId", in.leadDelegateId())
                .maxLength("title", in.title(), 300).maxLength("content", in.content(), 4000);
        v.throwIfInvalid();
        List<Long> cosigners = in.cosigners() == null ? List.of() : in.cosigners();
        return store.tx().write(em -> {
            SessionEntity s = store.session(em, code, sessionId);
            Sessions.requireInSession(s);
            Set<Long> credentialed = new HashSet<>();
            Sessions.credentialsOf(em, sessionId).forEach(c -> credentialed.add(c.delegateId));
            Validator sv = new Validator();
            sv.check(credentialed.contains(in.leadDelegateId()), "leadDelegateId", "holds no credential for this session");
            Set<Long> signers = new HashSet<>(Set.of(in.leadDelegateId()));
            for (int i = 0; i < cosigners.size(); i++) {
                Long d = cosigners.get(i);
                sv.check(d != null && credentialed.contains(d), "cosigners[" + i + "]", "holds no credential for this session");
                sv.check(d == null || signers.add(d), "cosigners[" + i + "]", "signs twice");
            }
            RecordDates.step(sv, "filedOn", in.filedOn(), s.convenedOn, "the session's first day", today);
            sv.throwIfInvalid();
            ProposalEntity p = new ProposalEntity();
            p.townCode = s.townCode;
            p.sessionId = s.id;
            p.sessionYear = s.year;
            p.title = in.title();
            p.content = in.content();
            p.leadDelegateId = in.leadDelegateId();
            p.cosigners = new ArrayList<>(cosigners);
            p.filedOn = RecordDates.orToday(in.filedOn(), today);
            p.filedBy = CongressStore.caller();
            em.persist(p);
            em.flush();
            return Views.Proposal.of(p);
        });
    }

    /** FILED → ACCEPTED as a proposal (enough signers) or as an opinion. */
    public Views.Proposal accept(String code, long id, Acceptance in) {
        new Validator().require("kind", in.kind()).require("version", in.version()).throwIfInvalid();
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.FILED, "accept");
            int signers = 1 + p.cosigners.size();
            int minimum = store.config().proposalMinimumSigners();
            if (in.kind() == ProposalKind.PROPOSAL && signers < minimum) {
                throw new RuleViolationException(CongressRules.RULE_PROPOSAL_SIGNERS,
                        "A proposal needs " + minimum + " signing delegates, this one has "
                                + signers + ": accept it as an opinion");
            }
            p.kind = in.kind();
            p.status = ProposalStatus.ACCEPTED;
            em.flush();
            return Views.Proposal.of(p);
        });
    }

    /**
     * ACCEPTED → ASSIGNED: the handling unit and its deadline; the problems engine tracks it from here.
     * Assigned today, or on the stated {@code assignedOn} (not before the proposal was filed) when the
     * secretariat records an earlier assignment; the deadline is never before the assignment day, so
     * it may lie in the past only for an assignment recorded after the fact.
     */
    public Views.Proposal assign(String code, long id, Assignment in) {
        LocalDate today = LocalDate.now();
        Validator v = new Validator().require("handlingUnit", in.handlingUnit()).require("deadline", in.deadline()).require("version", in.version())
                .maxLength("handlingUnit", in.handlingUnit(), 200);
        RecordDates.notFuture(v, "assignedOn", in.assignedOn(), today);
        RecordDates.deadline(v, in.deadline(), in.assignedOn(), today);
        v.throwIfInvalid();
        ProposalEntity current = store.tx().read(em -> step(em, code, id, in.version(), ProposalStatus.ACCEPTED, "assign"));
        RecordDates.notBefore(new Validator(), "assignedOn", in.assignedOn(), current.filedOn, "the proposal was filed").throwIfInvalid();
        LocalDate on = RecordDates.orToday(in.assignedOn(), today);
        String by = CongressStore.caller();
        Problem tracked = problems.report(new Problem(null, ProblemSource.OTHER, SUBJECT_TYPE, String.valueOf(id), current.townCode, "党代会代表提案",
                ProblemSeverity.MEDIUM, current.title, by, on, in.deadline(), null, false, null, null, null, null, null, null, null, 0,
                null, null, null));
        problems.filePlan(tracked.id(), "交办" + in.handlingUnit() + "办理", in.handlingUnit(), by, on, tracked.version());
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.ACCEPTED, "assign");
            p.handlingUnit = in.handlingUnit();
            p.deadline = in.deadline();
            p.problemId = tracked.id();
            p.status = ProposalStatus.ASSIGNED;
            em.flush();
            return Views.Proposal.of(p);
        });
    }

    /** ASSIGNED → HANDLED with what the unit did: today, or on the stated {@code handledOn} (not before the assignment). */
    public Views.Proposal handle(String code, long id, Handling in) {
        LocalDate today = LocalDate.now();
        Validator v = new Validator().require("result", in.result()).require("version", in.version()).maxLength("result", in.result(), 4000);
        RecordDates.notFuture(v, "handledOn", in.handledOn(), today);
        v.throwIfInvalid();
        LocalDate on = RecordDates.orToday(in.handledOn(), today);
        ProposalEntity current = store.tx().read(em -> step(em, code, id, in.version(), ProposalStatus.ASSIGNED, "handle"));
        Problem tracked = problems.get(current.problemId);
        // The tracked problem was found on the day of the assignment, which the proposal does not keep itself.
        RecordDates.notBefore(new Validator(), "handledOn", in.handledOn(), tracked.foundOn(), "the proposal was assigned").throwIfInvalid();
        problems.markRectified(tracked.id(), in.result(), CongressStore.caller(), on, tracked.version());
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.ASSIGNED, "handle");
            p.handlingResult = in.result();
            p.handledOn = on;
            p.status = ProposalStatus.HANDLED;
            em.flush();
            return Views.Proposal.of(p);
        });
    }

    /**
     * HANDLED → REPLIED with the delegate's satisfaction. A dissatisfied delegate sends it back to
     * the handling unit (ASSIGNED, the tracked problem reopened).
     */
    public Views.Proposal reply(String code, long id, Reply in) {
        Validator v = new Validator().require("reply", in.reply()).require("satisfaction", in.satisfaction()).require("version", in.version())
                .maxLength("reply", in.reply(), 4000);
        LocalDate today = LocalDate.now();
        RecordDates.notFuture(v, "repliedOn", in.repliedOn(), today);
        v.throwIfInvalid();
        LocalDate on = RecordDates.orToday(in.repliedOn(), today);
        ProposalEntity current = store.tx().read(em -> step(em, code, id, in.version(), ProposalStatus.HANDLED, "reply"));
        RecordDates.notBefore(new Validator(), "repliedOn", in.repliedOn(), current.handledOn, "it was handled").throwIfInvalid();
        Problem tracked = problems.get(current.problemId);
        String by = CongressStore.caller();
        if (in.satisfaction() == Rating.DISSATISFIED) {
            problems.reopen(tracked.id(), "代表不满意: " + in.reply(), by, on, tracked.version());
        } else {
            problems.verify(tracked.id(), by, in.reply(), on, tracked.version());
        }
        return store.tx().write(em -> {
            ProposalEntity p = step(em, code, id, in.version(), ProposalStatus.HANDLED, "reply");
            p.reply = in.reply();
            p.repliedOn = on;
            p.satisfaction = in.satisfaction();
            p.status = in.satisfaction() == Rating.DISSATISFIED ? ProposalStatus.ASSIGNED : ProposalStatus.REPLIED;
            em.flush();
            return Views.Proposal.of(p);
        });
    }

    public Views.Proposal get(String code, long id) {
        return store.tx().read(em -> Views.Proposal.of(load(em, code, id)));
    }

    public Page<Views.Proposal> list(String code, Long sessionId, Integer year, ProposalStatus status, PageRequest page, List<String> towns) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ProposalEntity", "p").where("p.townCode IN :towns", "towns", CongressStore.nonEmpty(towns))
                    .where("p.sessionId = :s", "s", sessionId).where("p.sessionYear = :y", "y", year).where("p.status = :st", "st", status);
            Page<ProposalEntity> rows = q.page(em, ProposalEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            List<Views.Proposal> items = new ArrayList<>();
            rows.items().forEach(p -> items.add(Views.Proposal.of(p)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /**
     * The handling report heard at a session: every proposal of the town's earlier sessions that was
     * filed the year before or is still unfinished.
     */
    public Views.HandlingReport handlingReport(String code, long sessionId) {
        return store.tx().read(em -> {
            SessionEntity s = store.session(em, code, sessionId);
            List<ProposalEntity> rows = em.createQuery("SELECT p FROM ProposalEntity p WHERE p.townCode = :t AND p.sessionYear < :y"
                    + " AND (p.sessionYear = :last OR p.status <> :replied) ORDER BY p.sessionYear, p.id", ProposalEntity.class)
                    .setParameter("t", s.townCode).setParameter("y", s.year).setParameter("last", s.year - 1)
                    .setParameter("replied", ProposalStatus.REPLIED).getResultList();
            List<Views.ReportLine> lines = new ArrayList<>();
            int replied = 0;
            int satisfied = 0;
            int carried = 0;
            for (ProposalEntity p : rows) {
                lines.add(new Views.ReportLine(Views.Proposal.of(p), !p.finished()));
                replied += p.finished() ? 1 : 0;
                satisfied += p.finished() && p.satisfaction != Rating.DISSATISFIED ? 1 : 0;
                carried += p.finished() ? 0 : 1;
            }
            return new Views.HandlingReport(s.id, s.townCode, s.year, lines.size(), replied, satisfied, carried, lines);
        });
    }

    private ProposalEntity load(EntityManager em, String code, long id) {
        return store.load(em, ProposalEntity.class, id, "Proposal", code, p -> p.townCode);
    }

    /** Loads the proposal for a step: the version read, and the status the step starts from. */
    private ProposalEntity step(EntityManager em, String code, long id, long version, ProposalStatus from, String what) {
        ProposalEntity p = load(em, code, id);
        ConflictException.requireVersion("Proposal", id, p.version, version);
        if (p.status != from) {
            throw new RuleViolationException(CongressRules.RULE_PROPOSAL_STEP, "Proposal " + id + " is " + p.status + ": '" + what
                    + "' needs " + from);
        }
        p.cosigners.size();
        return p;
    }
}
