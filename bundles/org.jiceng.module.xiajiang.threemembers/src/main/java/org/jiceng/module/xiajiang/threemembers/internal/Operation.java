package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Evaluation;
import org.jiceng.common.Cadence;
import org.jiceng.common.ConflictException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The members at work: duty reviews (core checklists), feedback to units (core problems, so the
 * rectification is tracked there), supervisors' monthly supervision with overdue months, and the
 * quarterly report meeting.
 */
@Component(service = Operation.class, configurationPid = Store.PID)
public class Operation {
    private final Store store;
    private final Selection selection;
    private final ProblemService problems;
    private final ChecklistService checklists;
    private volatile int graceDays;

    @Activate
    public Operation(@Reference Store store, @Reference Selection selection, @Reference ProblemService problems,
            @Reference ChecklistService checklists, Targets.Config config) {
        this.store = store;
        this.selection = selection;
        this.problems = problems;
        this.checklists = checklists;
        for (MemberRole role : MemberRole.values()) {
            checklists.define(Vocabulary.duties(role));
        }
        modified(config);
    }

    @Modified
    void modified(Targets.Config config) {
        this.graceDays = config.supervisionGraceDays();
    }

    public CriteriaSet duties(MemberRole role) {
        return checklists.get(Vocabulary.dutiesKey(role), null);
    }

    /** Reviews a member against the duties of the role (met or not, with evidence); the evaluation is the core's. */
    public DutyReviewView reviewDuties(String code, long dispatchId, List<Answer> answers, LocalDate today) {
        new Validator().require("answers", answers).throwIfInvalid();
        DispatchEntity d = store.tx().read(em -> selection.loadDispatch(em, code, dispatchId));
        String key = Vocabulary.dutiesKey(d.role);
        Evaluation started = checklists.start(key, new Evaluation(null, key, null, "XIAJIANG_DISPATCH", String.valueOf(d.id), d.jurisdictionCode,
                Store.caller(), Store.COUNTY_OFFICE, code, false, null, answers, null, null, null, null, null, null));
        Evaluation done = checklists.submit(started.id(), started.version());
        return store.tx().write(em -> {
            DutyReviewEntity r = new DutyReviewEntity();
            r.dispatchId = d.id;
            r.evaluationId = done.id();
            r.passed = Boolean.TRUE.equals(done.passed());
            r.metCount = done.metCount() == null ? 0 : done.metCount();
            r.reviewedOn = today;
            r.reviewedBy = Store.caller();
            em.persist(r);
            return r;
        }).toView();
    }

    public List<DutyReviewView> dutyReviews(String code, long dispatchId) {
        return store.tx().read(em -> {
            selection.loadDispatch(em, code, dispatchId);
            return em.createQuery("SELECT r FROM DutyReviewEntity r WHERE r.dispatchId = :d ORDER BY r.id", DutyReviewEntity.class)
                    .setParameter("d", dispatchId).getResultList().stream().map(DutyReviewEntity::toView).toList();
        });
    }

    /** Body of POST /dispatches/{id}/feedback. */
    public static class FeedbackInput {
        public Long organizationId;
        public String category;
        public ProblemSeverity severity;
        public String description;
        public LocalDate foundOn;
        public LocalDate deadline;
    }

    /**
     * Feeds a problem back to the unit (原汁原味反馈至被督导单位): a commissioner or instructor to the branch
     * they serve, a supervisor to any organization of the domain. The core tracks its rectification.
     */
    public FeedbackView feedback(String code, long dispatchId, FeedbackInput in, LocalDate today) {
        new Validator().require("category", in.category).require("severity", in.severity).require("description", in.description)
                .maxLength("category", in.category, 100).maxLength("description", in.description, 2000).throwIfInvalid();
        DispatchEntity d = store.tx().read(em -> selection.loadDispatch(em, code, dispatchId));
        if (d.status != DispatchStatus.ACTIVE) {
            throw new ConflictException("Dispatch " + dispatchId + " is " + d.status + ": only members on post give feedback");
        }
        long organizationId;
        if (d.role == MemberRole.SUPERVISOR) {
            PartyOrganization o = store.organizationIn(code, in.organizationId, "organizationId");
            if (Rules.domainOf(o) != d.domain) {
                throw new RuleViolationException(Rules.RULE_SUPERVISION_DOMAIN, "'" + o.name() + "' is in the " + Rules.domainOf(o)
                        + " domain, not in the supervisor's " + d.domain);
            }
            organizationId = o.id();
        } else {
            TargetEntity t = store.tx().read(em -> em.find(TargetEntity.class, d.targetId));
            if (in.organizationId != null && !in.organizationId.equals(t.organizationId)) {
                throw new ValidationException("organizationId", "must be the branch the member serves (" + t.organizationId + ") or left out");
            }
            organizationId = t.organizationId;
        }
        PartyOrganization o = store.organizations.get(organizationId);
        LocalDate found = in.foundOn == null ? today : in.foundOn;
        Problem p = problems.report(new Problem(null, ProblemSource.FEEDBACK, "ORGANIZATION", String.valueOf(organizationId), o.jurisdictionCode(),
                in.category, in.severity, in.description, Store.caller(), found, in.deadline, null, false, null, null, null, null, null, null, null,
                0, null, null, null));
        FeedbackEntity f = store.tx().write(em -> {
            FeedbackEntity e = new FeedbackEntity();
            e.dispatchId = d.id;
            e.problemId = p.id();
            e.workYear = d.workYear;
            e.organizationId = organizationId;
            e.jurisdictionCode = o.jurisdictionCode();
            e.recordedBy = Store.caller();
            e.recordedOn = today;
            em.persist(e);
            return e;
        });
        return view(f, p);
    }

    /** Feedback of the year in the subtree (optionally of one dispatch) with the state of each rectification. */
    public List<FeedbackView> feedbackList(String code, int year, Long dispatchId) {
        List<String> codes = store.subtreeCodes(code);
        List<FeedbackEntity> rows = store.tx().read(em -> {
            String jpql = "SELECT f FROM FeedbackEntity f WHERE f.workYear = :y AND f.jurisdictionCode IN :codes"
                    + (dispatchId == null ? "" : " AND f.dispatchId = :d") + " ORDER BY f.id";
            var q = em.createQuery(jpql, FeedbackEntity.class).setParameter("y", year).setParameter("codes", codes);
            if (dispatchId != null) {
                q.setParameter("d", dispatchId);
            }
            return q.getResultList();
        });
        List<FeedbackView> views = new ArrayList<>();
        for (FeedbackEntity f : rows) {
            views.add(view(f, problems.get(f.problemId)));
        }
        return views;
    }

    private static FeedbackView view(FeedbackEntity f, Problem p) {
        return new FeedbackView(f.id, f.dispatchId, f.problemId, f.workYear, f.organizationId, f.jurisdictionCode, p.description(), p.status(),
                p.overdue(), p.deadline(), f.recordedBy, f.recordedOn);
    }

    /** Body of POST /dispatches/{id}/supervisions. */
    public static class SupervisionInput {
        public String month;
        public LocalDate heldOn;
        public String findings;
        public List<Long> overseenDispatchIds;
    }

    /**
     * Records a supervisor's supervision of one month (每月开展一次督导), over the domain and the
     * commissioners and instructors working in it.
     */
    public SupervisionView recordSupervision(String code, long dispatchId, SupervisionInput in, LocalDate today) {
        Validator v = new Validator().require("month", in.month).require("heldOn", in.heldOn).require("findings", in.findings)
                .maxLength("findings", in.findings, 2000);
        v.throwIfInvalid();
        YearMonth month = month(in.month);
        v.check(YearMonth.from(in.heldOn).equals(month), "heldOn", "must lie in " + month).check(!in.heldOn.isAfter(today), "heldOn",
                "must not be in the future");
        v.throwIfInvalid();
        Set<Long> overseen = new HashSet<>(in.overseenDispatchIds == null ? List.of() : in.overseenDispatchIds);
        return store.tx().write(em -> {
            DispatchEntity d = selection.loadDispatch(em, code, dispatchId);
            if (d.role != MemberRole.SUPERVISOR) {
                throw new RuleViolationException(Rules.RULE_SUPERVISOR_ONLY,
                        "Monthly supervision is a supervisor's duty; dispatch " + dispatchId + " is a "
                                + d.role.name().toLowerCase());
            }
            if (month.isBefore(YearMonth.from(d.startDate)) || month.isAfter(YearMonth.from(d.endDate))) {
                throw new ValidationException("month", "must lie in the dispatch period " + d.startDate + " – " + d.endDate);
            }
            for (Long id : overseen) {
                DispatchEntity other = em.find(DispatchEntity.class, id);
                if (other == null || other.role == MemberRole.SUPERVISOR || other.workYear != d.workYear || other.domain != d.domain) {
                    throw new RuleViolationException(Rules.RULE_SUPERVISION_DOMAIN, "Dispatch " + id
                            + " is not a commissioner or instructor of the " + d.domain + " domain in " + d.workYear);
                }
            }
            if (!em.createQuery("SELECT s.id FROM SupervisionEntity s WHERE s.dispatchId = :d AND s.month = :m", Long.class).setParameter("d", d.id)
                    .setParameter("m", month.toString()).getResultList().isEmpty()) {
                throw new ConflictException("The supervision of " + month + " is already recorded");
            }
            SupervisionEntity s = new SupervisionEntity();
            s.dispatchId = d.id;
            s.workYear = d.workYear;
            s.month = month.toString();
            s.domain = d.domain;
            s.jurisdictionCode = d.jurisdictionCode;
            s.heldOn = in.heldOn;
            s.findings = in.findings;
            s.overseen = Ids.join(new ArrayList<>(overseen).stream().sorted().toList());
            s.recordedBy = Store.caller();
            em.persist(s);
            return s;
        }).toView();
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "must be a month like 2026-03");
        }
    }

    public List<SupervisionView> supervisions(String code, int year, Long dispatchId) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            var q = em.createQuery("SELECT s FROM SupervisionEntity s WHERE s.workYear = :y AND s.jurisdictionCode IN :codes"
                    + (dispatchId == null ? "" : " AND s.dispatchId = :d") + " ORDER BY s.dispatchId, s.month", SupervisionEntity.class)
                    .setParameter("y", year).setParameter("codes", codes);
            if (dispatchId != null) {
                q.setParameter("d", dispatchId);
            }
            return q.getResultList().stream().map(SupervisionEntity::toView).toList();
        });
    }

    /** Months of the year's active supervisors in the subtree that closed without a supervision record, on {@code on}. */
    public List<OverdueSupervision> overdue(String code, int year, LocalDate on) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            List<DispatchEntity> supervisors = em.createQuery("SELECT d FROM DispatchEntity d WHERE d.workYear = :y AND d.role = :r AND d.status = :s"
                    + " AND d.jurisdictionCode IN :codes ORDER BY d.id", DispatchEntity.class).setParameter("y", year)
                    .setParameter("r", MemberRole.SUPERVISOR).setParameter("s", DispatchStatus.ACTIVE).setParameter("codes", codes).getResultList();
            Set<String> recorded = new HashSet<>();
            em.createQuery("SELECT s FROM SupervisionEntity s WHERE s.workYear = :y", SupervisionEntity.class).setParameter("y", year).getResultList()
                    .forEach(s -> recorded.add(s.dispatchId + "/" + s.month));
            List<OverdueSupervision> result = new ArrayList<>();
            for (DispatchEntity d : supervisors) {
                for (YearMonth m : Cadence.monthsDue(d.startDate, d.endDate, on, graceDays)) {
                    if (!recorded.contains(d.id + "/" + m)) {
                        result.add(new OverdueSupervision(d.id, d.name, d.domain, d.jurisdictionCode, m.toString(),
                                m.atEndOfMonth().plusDays(graceDays)));
                    }
                }
            }
            return result;
        });
    }

    /** Body of POST /report-meetings. */
    public static class MeetingInput {
        public Integer year;
        public Integer quarter;
        public LocalDate heldOn;
        public List<Long> attendeeDispatchIds;
        public String minutes;
        public String decisions;
    }

    /** Records the quarter's report meeting (每季度召开一次黨建"三员"工作汇报会) of the jurisdiction. */
    public ReportMeetingView recordMeeting(String code, MeetingInput in, LocalDate today) {
        int year = Store.year(in.year, "year");
        Validator v = new Validator().require("quarter", in.quarter).range("quarter", in.quarter, 1, 4).require("heldOn", in.heldOn)
                .require("minutes", in.minutes).maxLength("minutes", in.minutes, 4000).maxLength("decisions", in.decisions, 2000);
        v.throwIfInvalid();
        v.check(in.heldOn.getYear() == year && Cadence.quarterOf(in.heldOn) == in.quarter, "heldOn",
                "must lie in quarter " + in.quarter + " of " + year)
                .check(!in.heldOn.isAfter(today), "heldOn", "must not be in the future").throwIfInvalid();
        store.jurisdictions().get(code);
        List<Long> attendees = in.attendeeDispatchIds == null ? List.of() : in.attendeeDispatchIds;
        return store.tx().write(em -> {
            for (Long id : attendees) {
                DispatchEntity d = em.find(DispatchEntity.class, id);
                if (d == null || d.workYear != year || !store.within(d.jurisdictionCode, code)) {
                    throw new ValidationException("attendeeDispatchIds", "dispatch " + id + " is not one of " + year + " in jurisdiction " + code);
                }
            }
            if (!em.createQuery("SELECT m.id FROM ReportMeetingEntity m WHERE m.jurisdictionCode = :c AND m.workYear = :y AND m.quarter = :q",
                    Long.class)
                    .setParameter("c", code).setParameter("y", year).setParameter("q", in.quarter).getResultList().isEmpty()) {
                throw new ConflictException("The report meeting of " + year + " Q" + in.quarter + " is already recorded");
            }
            ReportMeetingEntity m = new ReportMeetingEntity();
            m.jurisdictionCode = code;
            m.workYear = year;
            m.quarter = in.quarter;
            m.heldOn = in.heldOn;
            m.attendees = Ids.join(attendees);
            m.minutes = in.minutes;
            m.decisions = in.decisions;
            m.recordedBy = Store.caller();
            em.persist(m);
            return m;
        }).toView();
    }

    public List<ReportMeetingView> meetings(String code, int year) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery("SELECT m FROM ReportMeetingEntity m WHERE m.workYear = :y AND m.jurisdictionCode IN :codes"
                + " ORDER BY m.quarter", ReportMeetingEntity.class).setParameter("y", year).setParameter("codes", codes).getResultList().stream()
                .map(ReportMeetingEntity::toView).toList());
    }
}
