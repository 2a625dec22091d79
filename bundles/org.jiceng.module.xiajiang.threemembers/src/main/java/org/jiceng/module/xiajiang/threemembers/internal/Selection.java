package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.DesignationType;
import org.jiceng.cadre.TargetType;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.document.Document;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Candidates and dispatch: 改非 cadres first, the four conditions with evidence, the channel that
 * fits the role, consultation of the person and the unit, pre-post training, then the appointment
 * letter. A dispatch is a core assignment owned by the module.
 */
@Component(service = Selection.class)
public class Selection {
    static final Set<String> CANDIDATE_SORTABLE = Set.of("id", "name", "nonLeading");
    static final Set<String> DISPATCH_SORTABLE = Set.of("id", "name", "role", "domain", "startDate", "assessmentTotal");
    private static final Map<String, String> CANDIDATE_SORT = Map.of("id", "c.id", "name", "c.name", "nonLeading", "c.nonLeading");
    private static final Map<String, String> DISPATCH_SORT = Map.of("id", "d.id", "name", "d.name", "role", "d.role", "domain", "d.domain",
            "startDate", "d.startDate", "assessmentTotal", "d.assessmentTotal");

    private final Logger logger = LoggerFactory.getLogger(Selection.class);
    private final Store store;
    private final MemberService members;
    private final CadreService cadres;
    private final Targets targets;

    @Activate
    public Selection(@Reference Store store, @Reference MemberService members, @Reference CadreService cadres, @Reference Targets targets) {
        this.store = store;
        this.members = members;
        this.cadres = cadres;
        this.targets = targets;
    }

    /** A 改非 cadre of the subtree and whether they are a candidate of the year already. */
    public record PoolEntry(long memberId, String name, String jurisdictionCode, LocalDate nonLeadingSince, Long candidateId) {
    }

    /** 改非 cadres of the subtree on the given day: the main source of the three members. */
    public List<PoolEntry> pool(String code, int year, LocalDate on) {
        store.jurisdictions().get(code);
        Map<Long, Long> candidates = new java.util.HashMap<>();
        store.tx().read(em -> {
            em.createQuery("SELECT c FROM CandidateEntity c WHERE c.workYear = :y", CandidateEntity.class).setParameter("y", year).getResultList()
                    .forEach(c -> candidates.put(c.memberId, c.id));
            return null;
        });
        List<PoolEntry> pool = new ArrayList<>();
        Pages.each(null, Set.of(), page -> cadres.designated(code, DesignationType.NON_LEADING, on, page), d -> {
            Member m = members.get(d.memberId());
            pool.add(new PoolEntry(m.id(), m.name(), m.jurisdictionCode(), d.since(), candidates.get(m.id())));
        });
        return pool;
    }

    public CandidateView addCandidate(String code, CandidateInput in, LocalDate today) {
        int year = Store.year(in.year, "year");
        new Validator().require("memberId", in.memberId).throwIfInvalid();
        Member m = memberIn(code, in.memberId);
        boolean nonLeading = cadres.designations(m.id()).stream().anyMatch(d -> d.type() == DesignationType.NON_LEADING
                && !d.since().isAfter(today) && (d.until() == null || !d.until().isBefore(today)));
        CandidateEntity c = new CandidateEntity();
        c.workYear = year;
        c.memberId = m.id();
        c.name = m.name();
        c.jurisdictionCode = m.jurisdictionCode();
        c.nonLeading = nonLeading;
        c.recordedBy = Store.caller();
        apply(c, in, m, today);
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT c.id FROM CandidateEntity c WHERE c.workYear = :y AND c.memberId = :m", Long.class).setParameter("y", year)
                    .setParameter("m", m.id()).getResultList().isEmpty()) {
                throw new ConflictException(m.name() + " is already a candidate for " + year);
            }
            em.persist(c);
            return c;
        }).toView();
    }

    /** Replaces conditions, consultation and training of a candidate (send the version read). */
    public CandidateView updateCandidate(String code, long id, CandidateInput in, LocalDate today) {
        long version = Validator.requiredVersion(in.version);
        CandidateEntity current = store.tx().read(em -> loadCandidate(em, code, id));
        Member m = members.get(current.memberId);
        return store.tx().write(em -> {
            CandidateEntity c = loadCandidate(em, code, id);
            ConflictException.requireVersion("Candidate", id, c.version, version);
            apply(c, in, m, today);
            return c;
        }).toView();
    }

    private void apply(CandidateEntity c, CandidateInput in, Member m, LocalDate today) {
        Validator v = new Validator();
        boolean full = condition(v, "fullMember", in.fullMember);
        boolean experience = condition(v, "partyExperience", in.partyExperience);
        boolean conduct = condition(v, "soundConduct", in.soundConduct);
        boolean fit = condition(v, "fitToWork", in.fitToWork);
        notFuture(v, "personConsultedOn", in.personConsultedOn, today);
        notFuture(v, "unitConsultedOn", in.unitConsultedOn, today);
        notFuture(v, "trainingCompletedOn", in.trainingCompletedOn, today);
        v.maxLength("personOpinion", in.personOpinion, 500).maxLength("unitOpinion", in.unitOpinion, 500).maxLength("trainingNote", in.trainingNote,
                500);
        v.check(!Boolean.TRUE.equals(in.trainingPassed) || in.trainingCompletedOn != null, "trainingCompletedOn",
                "is required when the training was passed");
        v.throwIfInvalid();
        if (full && m.stage() != MemberStage.FULL) {
            throw new RuleViolationException(Rules.RULE_FULL_MEMBER, m.name() + " is not a full member (stage " + m.stage()
                    + "): the first condition cannot hold");
        }
        c.fullMember = full;
        c.fullMemberEvidence = evidence(in.fullMember);
        c.partyExperience = experience;
        c.partyExperienceEvidence = evidence(in.partyExperience);
        c.soundConduct = conduct;
        c.soundConductEvidence = evidence(in.soundConduct);
        c.fitToWork = fit;
        c.fitToWorkEvidence = evidence(in.fitToWork);
        c.personConsultedOn = in.personConsultedOn;
        c.personOpinion = in.personOpinion;
        c.unitConsultedOn = in.unitConsultedOn;
        c.unitOpinion = in.unitOpinion;
        c.trainingCompletedOn = in.trainingCompletedOn;
        c.trainingPassed = Boolean.TRUE.equals(in.trainingPassed);
        c.trainingNote = in.trainingNote;
    }

    /** A condition that holds needs its evidence; one not given is recorded as not met. */
    private static boolean condition(Validator v, String field, CandidateInput.Condition c) {
        if (c == null || c.met == null) {
            return false;
        }
        v.maxLength(field + ".evidence", c.evidence, 500);
        v.check(!c.met || (c.evidence != null && !c.evidence.isBlank()), field + ".evidence", "is required when the condition is met");
        return c.met;
    }

    private static String evidence(CandidateInput.Condition c) {
        return c == null ? null : c.evidence;
    }

    private static void notFuture(Validator v, String field, LocalDate date, LocalDate today) {
        v.check(date == null || !date.isAfter(today), field, "must not be in the future");
    }

    public CandidateView getCandidate(String code, long id) {
        return store.tx().read(em -> loadCandidate(em, code, id).toView());
    }

    /** Candidates of the year, 改非 cadres first unless another order is asked for. */
    public Page<CandidateView> candidates(String code, int year, Boolean eligible, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("CandidateEntity", "c").where("c.workYear = :y", "y", year).where("c.jurisdictionCode IN :codes",
                    "codes", codes);
            String all = "c.fullMember = TRUE AND c.partyExperience = TRUE AND c.soundConduct = TRUE AND c.fitToWork = TRUE";
            if (eligible != null) {
                q.where(eligible ? all : "NOT (" + all + ")");
            }
            Page<CandidateEntity> rows = q.page(em, CandidateEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("nonLeading", false), new PageRequest.Order("name", true)), CANDIDATE_SORT);
            return new Page<>(rows.items().stream().map(CandidateEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Body of POST /dispatches. */
    public static class DispatchInput {
        public Long candidateId;
        public Long targetId;
        public SelectionChannel channel;
        public LocalDate startDate;
        public LocalDate endDate;
    }

    /**
     * Sends a candidate to a target: refused unless all four conditions hold, the channel fits the role,
     * the person and the unit were consulted and (for a branch) nobody else is on post there.
     */
    public DispatchView dispatch(String code, DispatchInput in) {
        new Validator().require("candidateId", in.candidateId).require("targetId", in.targetId).require("channel", in.channel)
                .require("startDate", in.startDate).throwIfInvalid();
        CandidateEntity c = store.tx().read(em -> loadCandidate(em, code, in.candidateId));
        TargetEntity t = store.tx().read(em -> targets.load(em, code, in.targetId, null));
        LocalDate end = in.endDate == null ? LocalDate.of(t.workYear, 12, 31) : in.endDate;
        Validator v = new Validator().check(c.workYear == t.workYear, "targetId", "must be a target of the candidate's year " + c.workYear)
                .check(!t.withdrawn, "targetId", "was withdrawn").check(!end.isBefore(in.startDate), "endDate", "must not be before startDate")
                .check(in.startDate.getYear() >= t.workYear - 1 && in.startDate.getYear() <= t.workYear, "startDate",
                        "must lie in the dispatch year " + t.workYear + " or the year before");
        v.throwIfInvalid();
        List<String> missing = c.missingConditions();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(Rules.RULE_ELIGIBILITY, c.name + " does not meet all four conditions (missing: "
                    + String.join(", ", missing)
                    + "): full member in good standing, Party-affairs experience, sound conduct and coordination, fit to work");
        }
        if (!Rules.channelsFor(t.role).contains(in.channel)) {
            throw new RuleViolationException(Rules.RULE_CHANNEL, "A " + t.role.name().toLowerCase() + " is selected by " + Rules.channelsFor(t.role)
                    + ", not " + in.channel);
        }
        if (c.personConsultedOn == null || c.unitConsultedOn == null) {
            throw new RuleViolationException(Rules.RULE_CONSULTATION, "Consult " + c.name + " and the unit before the dispatch (征求本人及单位意见)");
        }
        store.tx().read(em -> {
            if (t.organizationId != null && Targets.activeDispatches(em, t.id) > 0) {
                throw new RuleViolationException(Rules.RULE_TARGET_STAFFED,
                        "'" + t.name + "' already has a " + t.role.name().toLowerCase() + " on post");
            }
            if (!em.createQuery("SELECT d.id FROM DispatchEntity d WHERE d.candidateId = :c", Long.class).setParameter("c", c.id).getResultList()
                    .isEmpty()) {
                throw new ConflictException(c.name + " is already dispatched in " + c.workYear);
            }
            return null;
        });
        Assignment a = cadres.assign(new Assignment(null, c.memberId, t.organizationId != null ? TargetType.ORGANIZATION : TargetType.SECTOR,
                t.organizationId != null ? String.valueOf(t.organizationId) : t.domain.name(), t.role.assignmentRole(), t.jurisdictionCode,
                in.startDate, end, Store.COUNTY_OFFICE, AssignmentStatus.ACTIVE, Store.MODULE_ID, t.role.zh() + " · " + t.name, null));
        try {
            return store.tx().write(em -> {
                DispatchEntity d = new DispatchEntity();
                d.workYear = t.workYear;
                d.candidateId = c.id;
                d.targetId = t.id;
                d.memberId = c.memberId;
                d.name = c.name;
                d.role = t.role;
                d.domain = t.domain;
                d.targetName = t.name;
                d.jurisdictionCode = t.jurisdictionCode;
                d.nonLeading = c.nonLeading;
                d.channel = in.channel;
                d.assignmentId = a.id();
                d.startDate = in.startDate;
                d.endDate = end;
                d.status = DispatchStatus.ACTIVE;
                d.dispatchedBy = Store.caller();
                em.persist(d);
                return d;
            }).toView();
        } catch (RuntimeException e) {
            // The core assignment was written in its own transaction: withdraw it so nothing shows a dispatch that failed.
            try {
                cadres.updateAssignment(a.id(), new Assignment(a.id(), a.memberId(), a.targetType(), a.target(), a.role(), a.jurisdictionCode(),
                        a.startDate(), a.endDate(), a.dispatchingBody(), AssignmentStatus.RECALLED, a.module(), "dispatch not recorded",
                        a.version()));
            } catch (RuntimeException compensation) {
                logger.warn("Assignment {} stays ACTIVE after a failed dispatch: {}", a.id(), compensation.getMessage());
            }
            throw e;
        }
    }

    public DispatchView getDispatch(String code, long id) {
        return store.tx().read(em -> loadDispatch(em, code, id).toView());
    }

    public Page<DispatchView> dispatches(String code, int year, MemberRole role, SectorDomain domain, Boolean nonLeading, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("DispatchEntity", "d").where("d.workYear = :y", "y", year).where("d.jurisdictionCode IN :codes",
                    "codes", codes);
            if (role != null) {
                q.where("d.role = :role", "role", role);
            }
            if (domain != null) {
                q.where("d.domain = :domain", "domain", domain);
            }
            if (nonLeading != null) {
                q.where("d.nonLeading = :nl", "nl", nonLeading);
            }
            Page<DispatchEntity> rows = q.page(em, DispatchEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), DISPATCH_SORT);
            return new Page<>(rows.items().stream().map(DispatchEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Body of POST /dispatches/{id}/end. */
    public static class EndInput {
        public DispatchStatus status;
        public LocalDate endDate;
        public String reason;
        public Long version;
    }

    /** Ends a dispatch (ENDED at the end of its period) or recalls it early (RECALLED, reason required); the core assignment follows. */
    public DispatchView end(String code, long id, EndInput in, LocalDate today) {
        long version = Validator.requiredVersion(in.version);
        Validator v = new Validator().require("status", in.status).require("endDate", in.endDate).maxLength("reason", in.reason, 500);
        v.check(in.status != DispatchStatus.ACTIVE, "status", "must be ENDED or RECALLED");
        v.check(in.status != DispatchStatus.RECALLED || (in.reason != null && !in.reason.isBlank()), "reason", "is required for a recall");
        v.check(in.endDate == null || !in.endDate.isAfter(today), "endDate", "must not be in the future");
        v.throwIfInvalid();
        DispatchView ended = store.tx().write(em -> {
            DispatchEntity d = loadDispatch(em, code, id);
            ConflictException.requireVersion("Dispatch", id, d.version, version);
            if (d.status != DispatchStatus.ACTIVE) {
                throw new ConflictException("Dispatch " + id + " is already " + d.status);
            }
            if (in.endDate.isBefore(d.startDate)) {
                throw new org.jiceng.common.ValidationException("endDate", "must not be before the start " + d.startDate);
            }
            d.status = in.status;
            d.endDate = in.endDate;
            return d;
        }).toView();
        if (ended.assignmentId != null) {
            Assignment a = cadres.getAssignment(ended.assignmentId);
            cadres.updateAssignment(a.id(),
                    new Assignment(a.id(), a.memberId(), a.targetType(), a.target(), a.role(), a.jurisdictionCode(), a.startDate(),
                            in.endDate, a.dispatchingBody(),
                            in.status == DispatchStatus.RECALLED ? AssignmentStatus.RECALLED : AssignmentStatus.ENDED, a.module(),
                            in.reason == null ? a.note() : in.reason, a.version()));
        }
        return ended;
    }

    /** Issues the appointment letter (聘书): only after the pre-post training was passed, once. */
    public DispatchView issueAppointment(String code, long id, LocalDate on, Long version) {
        long v = Validator.requiredVersion(version);
        return store.tx().write(em -> {
            DispatchEntity d = loadDispatch(em, code, id);
            ConflictException.requireVersion("Dispatch", id, d.version, v);
            if (d.appointmentNo != null) {
                throw new ConflictException("The appointment letter " + d.appointmentNo + " was issued on " + d.appointedOn);
            }
            CandidateEntity c = em.find(CandidateEntity.class, d.candidateId);
            if (!c.trainingPassed) {
                throw new RuleViolationException(Rules.RULE_TRAINING, "The letter is issued after the pre-post training was passed (培训合格后颁发聘书)");
            }
            long issued = em.createQuery("SELECT COUNT(d) FROM DispatchEntity d WHERE d.workYear = :y AND d.appointmentNo IS NOT NULL", Long.class)
                    .setParameter("y", d.workYear).getSingleResult();
            d.appointmentNo = Rules.appointmentNumber(d.workYear, issued + 1);
            d.appointedOn = on;
            return d;
        }).toView();
    }

    /** The appointment letter as a printable document; 404 until it was issued. */
    public Document appointmentLetter(String code, long id) {
        DispatchView d = getDispatch(code, id);
        if (d.appointmentNo == null) {
            throw new NotFoundException("No appointment letter was issued for dispatch " + id);
        }
        String until = d.endDate.getYear() + "年" + d.endDate.getMonthValue() + "月" + d.endDate.getDayOfMonth() + "日";
        String from = d.startDate.getYear() + "年" + d.startDate.getMonthValue() + "月" + d.startDate.getDayOfMonth() + "日";
        return new Document("聘  书", List.of(
                new Document.Paragraph(d.appointmentNo),
                new Document.Paragraph(d.name + "同志：\n经组织推荐、征求本人及单位意见并经岗前集中培训合格，兹聘请您担任" + d.targetName + d.roleZh + "，聘期自" + from
                        + "至" + until + "。"),
                new Document.Fields(List.of(new Document.Field("姓名", d.name), new Document.Field("职务", d.roleZh),
                        new Document.Field("派驻单位/领域", d.targetName), new Document.Field("行业领域", d.domain.zh()),
                        new Document.Field("聘期", from + "至" + until))),
                new Document.Signature(Store.COUNTY_OFFICE, d.appointedOn.getYear() + "年" + d.appointedOn.getMonthValue() + "月"
                        + d.appointedOn.getDayOfMonth() + "日")));
    }

    Member memberIn(String code, long memberId) {
        try {
            Member m = members.get(memberId);
            if (store.within(m.jurisdictionCode(), code)) {
                return m;
            }
        } catch (NotFoundException e) {
            // reported below, with the jurisdiction
        }
        throw new NotFoundException("Member " + memberId + " not found in jurisdiction '" + code + "'");
    }

    CandidateEntity loadCandidate(EntityManager em, String code, long id) {
        CandidateEntity c = em.find(CandidateEntity.class, id);
        if (c == null || !store.within(c.jurisdictionCode, code)) {
            throw new NotFoundException("Candidate", id);
        }
        return c;
    }

    DispatchEntity loadDispatch(EntityManager em, String code, long id) {
        DispatchEntity d = em.find(DispatchEntity.class, id);
        if (d == null || !store.within(d.jurisdictionCode, code)) {
            throw new NotFoundException("Dispatch", id);
        }
        return d;
    }

    static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : new HashSet<>(ids);
    }
}
