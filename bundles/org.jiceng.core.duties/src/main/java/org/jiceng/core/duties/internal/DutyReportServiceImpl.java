package org.jiceng.core.duties.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.duty.DutyEvents;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.RatingCounts;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.ReportResult;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundResults;
import org.jiceng.duty.RoundStatus;
import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DutyReportService.class)
public class DutyReportServiceImpl implements DutyReportService {
    private final DutyStore store;
    private final JurisdictionService jurisdictions;
    private final MemberService members;
    private final OrganizationService organizations;
    private final EventOutbox events;
    private final Clock clock;

    @Activate
    public DutyReportServiceImpl(@Reference DutyStore store, @Reference JurisdictionService jurisdictions, @Reference MemberService members,
            @Reference OrganizationService organizations, @Reference EventOutbox events) {
        this(store, jurisdictions, members, organizations, events, Clock.systemDefaultZone());
    }

    DutyReportServiceImpl(DutyStore store, JurisdictionService jurisdictions, MemberService members, OrganizationService organizations,
            EventOutbox events, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.members = members;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ReportingRound openRound(ReportingRound in) {
        ReportRules.checkRound(in);
        String code = in.jurisdictionCode().trim();
        if (jurisdictions.find(code).isEmpty()) {
            throw new ValidationException("jurisdictionCode", "no jurisdiction " + code);
        }
        ReportingRound opened = store.tx().write(em -> {
            long existing = em
                    .createQuery("SELECT COUNT(r) FROM RoundEntity r WHERE r.jurisdictionCode = :code AND r.year = :year AND r.period = :period",
                            Long.class)
                    .setParameter("code", code).setParameter("year", in.year()).setParameter("period", in.period()).getSingleResult();
            if (existing > 0) {
                throw new RuleViolationException(RULE_ROUND_DUPLICATE, code + " already has a " + in.year() + " " + in.period() + " round");
            }
            RoundEntity r = new RoundEntity();
            r.jurisdictionCode = code;
            r.year = in.year();
            r.period = in.period();
            r.title = in.title().trim();
            r.dueDate = in.dueDate();
            r.upperCommittee = in.upperCommittee().trim();
            r.twoWay = in.twoWay();
            r.status = RoundStatus.OPEN;
            em.persist(r);
            em.flush();
            return postRound(em, DutyEvents.ROUND_OPENED, toDto(r));
        });
        return opened;
    }

    @Override
    public ReportingRound getRound(long id) {
        return store.tx().read(em -> toDto(loadRound(em, id)));
    }

    @Override
    public Page<ReportingRound> findRounds(String jurisdictionCode, Integer year, ReportPeriod period, PageRequest page) {
        new Validator().require("jurisdictionCode", jurisdictionCode).throwIfInvalid();
        return store.tx().read(em -> {
            Page<RoundEntity> rows = new QueryBuilder("RoundEntity", "r")
                    .where("r.jurisdictionCode IN " + JurisdictionAncestry.SUBTREE_CODES, "scope",
                            jurisdictionCode)
                    .where("r.year = :year", "year", year).where("r.period = :period", "period", period)
                    .page(em, RoundEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), Map.of("id", "r.id", "year", "r.year",
                            "period", "r.period", "dueDate", "r.dueDate", "jurisdictionCode", "r.jurisdictionCode"));
            return new Page<>(rows.items().stream().map(DutyReportServiceImpl::toDto).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public ReportingRound closeRound(long id, LocalDate closedOn, long version) {
        LocalDate on = PledgeRules.stepDate(closedOn, today());
        ReportingRound closed = store.tx().write(em -> {
            RoundEntity r = loadRound(em, id);
            ConflictException.requireVersion("Round", id, r.version, version);
            ReportRules.checkOpen(id, r.status, RULE_REPORT_AFTER_ROUND_CLOSED);
            r.status = RoundStatus.CLOSED;
            r.closedOn = on;
            em.flush();
            return postRound(em, DutyEvents.ROUND_CLOSED, toDto(r));
        });
        return closed;
    }

    @Override
    public DutyReport register(DutyReport in) {
        ReportRules.checkReport(in);
        String code = in.jurisdictionCode().trim();
        String name = reporterName(in);
        if (in.organizationId() != null) {
            PartyOrganization org = lookup(() -> organizations.get(in.organizationId()), "organizationId", "no organization " + in.organizationId());
            if (!jurisdictions.isWithin(org.jurisdictionCode(), code)) {
                throw new ValidationException("organizationId", "organization " + in.organizationId() + " is not in " + code);
            }
        }
        LocalDate today = today();
        return store.tx().write(em -> {
            RoundEntity round = loadRound(em, in.roundId());
            ReportRules.checkOpen(round.id, round.status, RULE_REPORT_AFTER_ROUND_CLOSED);
            ReportRules.checkBelowRound(round.jurisdictionCode, code, jurisdictions.isWithin(code, round.jurisdictionCode));
            long same = em.createQuery("SELECT COUNT(x) FROM ReportEntity x WHERE x.roundId = :round AND x.jurisdictionCode = :code AND "
                    + (in.reporterMemberId() != null ? "x.reporterMemberId = :who" : "LOWER(x.reporterName) = :who"), Long.class)
                    .setParameter("round", round.id).setParameter("code", code)
                    .setParameter("who", in.reporterMemberId() != null ? in.reporterMemberId() : ReportRules.raterKey(name)).getSingleResult();
            if (same > 0) {
                throw new RuleViolationException(RULE_REPORTER_ALREADY_REGISTERED, name + " already reports for " + code + " in round " + round.id);
            }
            ReportEntity r = new ReportEntity();
            r.roundId = round.id;
            r.jurisdictionCode = code;
            r.organizationId = in.organizationId();
            r.reporterMemberId = in.reporterMemberId();
            r.reporterName = name;
            em.persist(r);
            em.flush();
            return toDto(r, round, today);
        });
    }

    /** The given name, else the member's. */
    private String reporterName(DutyReport in) {
        if (in.reporterName() != null && !in.reporterName().isBlank()) {
            if (in.reporterMemberId() != null) {
                lookup(() -> members.get(in.reporterMemberId()), "reporterMemberId", "no member " + in.reporterMemberId());
            }
            return in.reporterName().trim();
        }
        Member m = lookup(() -> members.get(in.reporterMemberId()), "reporterMemberId", "no member " + in.reporterMemberId());
        return m.name();
    }

    @Override
    public DutyReport submit(long reportId, String summary, LocalDate submittedOn, long version) {
        new Validator().require("summary", summary).maxLength("summary", summary, 4000).throwIfInvalid();
        LocalDate today = today();
        LocalDate on = PledgeRules.stepDate(submittedOn, today);
        DutyReport submitted = store.tx().write(em -> {
            ReportEntity r = loadReport(em, reportId);
            ConflictException.requireVersion("Report", reportId, r.version, version);
            RoundEntity round = loadRound(em, r.roundId);
            ReportRules.checkOpen(round.id, round.status, RULE_REPORT_AFTER_ROUND_CLOSED);
            ReportRules.checkNotSubmitted(reportId, r.submittedOn);
            r.summary = summary.trim();
            r.submittedOn = on;
            em.flush();
            events.publish(em, DutyEvents.REPORT_SUBMITTED, Map.of(DutyEvents.ID, r.id, DutyEvents.ROUND_ID, r.roundId, DutyEvents.JURISDICTION_CODE,
                    r.jurisdictionCode));
            return toDto(r, round, today);
        });
        return submitted;
    }

    @Override
    public DutyReport getReport(long id) {
        LocalDate today = today();
        return store.tx().read(em -> {
            ReportEntity r = loadReport(em, id);
            return toDto(r, loadRound(em, r.roundId), today);
        });
    }

    @Override
    public Page<DutyReport> findReports(String jurisdictionCode, Long roundId, Boolean submitted, Boolean overdue, PageRequest page) {
        new Validator().require("jurisdictionCode", jurisdictionCode).throwIfInvalid();
        LocalDate today = today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ReportEntity", "x").where("x.jurisdictionCode IN " + JurisdictionAncestry.SUBTREE_CODES, "scope",
                    jurisdictionCode).where("x.roundId = :round", "round", roundId);
            if (Boolean.TRUE.equals(submitted)) {
                q.where("x.submittedOn IS NOT NULL");
            } else if (Boolean.FALSE.equals(submitted)) {
                q.where("x.submittedOn IS NULL");
            }
            if (overdue != null) {
                String late = "x.submittedOn IS NULL AND x.roundId IN (SELECT r.id FROM RoundEntity r WHERE r.dueDate < :today)";
                q.where(overdue ? "(" + late + ")" : "NOT (" + late + ")", "today", today);
            }
            Page<ReportEntity> rows = q.page(em, ReportEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), Map.of("id", "x.id",
                    "jurisdictionCode", "x.jurisdictionCode", "reporterName", "x.reporterName", "submittedOn", "x.submittedOn"));
            Map<Long, RoundEntity> rounds = new HashMap<>();
            List<DutyReport> out = new ArrayList<>();
            for (ReportEntity r : rows.items()) {
                out.add(toDto(r, rounds.computeIfAbsent(r.roundId, id -> loadRound(em, id)), today));
            }
            return new Page<>(out, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public List<Evaluation> evaluate(long reportId, List<Evaluation> batch) {
        LocalDate today = today();
        return store.tx().write(em -> {
            ReportEntity r = loadReport(em, reportId);
            RoundEntity round = loadRound(em, r.roundId);
            List<String> ratedAlready = em.createQuery("SELECT e.rater FROM EvaluationEntity e WHERE e.reportId = :id", String.class)
                    .setParameter("id", reportId).getResultList();
            ReportRules.checkEvaluations(reportId, r.submittedOn, round.twoWay, ratedAlready, batch, today);
            ReportRules.checkOpen(round.id, round.status, RULE_EVALUATION_AFTER_ROUND_CLOSED);
            List<EvaluationEntity> saved = new ArrayList<>();
            for (Evaluation in : batch) {
                EvaluationEntity e = new EvaluationEntity();
                e.reportId = reportId;
                e.raterKind = in.raterKind();
                e.rater = in.rater().trim();
                e.rating = in.rating();
                e.score = in.score();
                e.comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().trim();
                e.ratedOn = in.ratedOn() == null ? today : in.ratedOn();
                em.persist(e);
                saved.add(e);
            }
            em.flush();
            events.publish(em, DutyEvents.REPORT_EVALUATED, Map.of(DutyEvents.ID, reportId, DutyEvents.ROUND_ID, r.roundId,
                    DutyEvents.JURISDICTION_CODE, r.jurisdictionCode, DutyEvents.COUNT, saved.size()));
            return saved.stream().map(DutyReportServiceImpl::toDto).toList();
        });
    }

    @Override
    public List<Evaluation> evaluations(long reportId) {
        return store.tx().read(em -> {
            loadReport(em, reportId);
            return em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.reportId = :id ORDER BY e.id", EvaluationEntity.class)
                    .setParameter("id", reportId).getResultList().stream().map(DutyReportServiceImpl::toDto).toList();
        });
    }

    @Override
    public RoundResults results(long roundId) {
        LocalDate today = today();
        return store.tx().read(em -> {
            RoundEntity round = loadRound(em, roundId);
            List<ReportEntity> reports = em
                    .createQuery("SELECT x FROM ReportEntity x WHERE x.roundId = :round ORDER BY x.jurisdictionCode, x.reporterName, x.id",
                            ReportEntity.class)
                    .setParameter("round", roundId).getResultList();
            Map<Long, List<EvaluationEntity>> byReport = new HashMap<>();
            em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.reportId IN (SELECT x.id FROM ReportEntity x WHERE x.roundId = :round)",
                    EvaluationEntity.class).setParameter("round", roundId).getResultList()
                    .forEach(e -> byReport.computeIfAbsent(e.reportId, k -> new ArrayList<>()).add(e));
            List<ReportResult> results = new ArrayList<>();
            List<Rating> grades = new ArrayList<>();
            long submitted = 0;
            long overdue = 0;
            long evaluations = 0;
            for (ReportEntity r : reports) {
                List<EvaluationEntity> es = byReport.getOrDefault(r.id, List.of());
                RatingCounts upper = ReportRules.counts(es.stream().filter(e -> e.raterKind == RaterKind.UPPER).map(e -> e.rating).toList());
                RatingCounts lower = ReportRules.counts(es.stream().filter(e -> e.raterKind == RaterKind.LOWER).map(e -> e.rating).toList());
                Rating grade = ReportRules.grade(upper, lower);
                boolean late = ReportRules.overdue(r.submittedOn, round.dueDate, today);
                results.add(new ReportResult(r.id, r.jurisdictionCode, r.reporterName, r.submittedOn != null, late, upper, lower,
                        ReportRules.counts(es.stream().map(e -> e.rating).toList()), ReportRules.averageScore(es.stream().map(e -> e.score).toList()),
                        grade));
                submitted += r.submittedOn != null ? 1 : 0;
                overdue += late ? 1 : 0;
                evaluations += es.size();
                if (grade != null) {
                    grades.add(grade);
                }
            }
            return new RoundResults(toDto(round), reports.size(), submitted, overdue, grades.size(), evaluations, ReportRules.counts(grades),
                    results);
        });
    }

    /** Published in the change's transaction; handlers and webhooks get it once it committed. Returns the round. */
    private ReportingRound postRound(EntityManager em, String topic, ReportingRound r) {
        events.publish(em, topic, Map.of(DutyEvents.ID, r.id(), DutyEvents.JURISDICTION_CODE, r.jurisdictionCode(), DutyEvents.YEAR, r.year(),
                DutyEvents.PERIOD, r.period().name()));
        return r;
    }

    private static RoundEntity loadRound(EntityManager em, long id) {
        RoundEntity r = em.find(RoundEntity.class, id);
        if (r == null) {
            throw new NotFoundException("Reporting round", id);
        }
        return r;
    }

    private static ReportEntity loadReport(EntityManager em, long id) {
        ReportEntity r = em.find(ReportEntity.class, id);
        if (r == null) {
            throw new NotFoundException("Duty report", id);
        }
        return r;
    }

    /** The registry's record, or a 400 naming the field when it has none. */
    private static <T> T lookup(java.util.function.Supplier<T> get, String field, String message) {
        try {
            return get.get();
        } catch (NotFoundException missing) {
            throw new ValidationException(field, message);
        }
    }

    private static ReportingRound toDto(RoundEntity r) {
        return new ReportingRound(r.id, r.jurisdictionCode, r.year, r.period, r.title, r.dueDate, r.upperCommittee, r.twoWay, r.status, r.closedOn,
                r.version);
    }

    private static DutyReport toDto(ReportEntity r, RoundEntity round, LocalDate today) {
        return new DutyReport(r.id, r.roundId, r.jurisdictionCode, r.organizationId, r.reporterMemberId, r.reporterName, r.summary, r.submittedOn,
                ReportRules.overdue(r.submittedOn, round.dueDate, today), r.version);
    }

    private static Evaluation toDto(EvaluationEntity e) {
        return new Evaluation(e.id, e.reportId, e.raterKind, e.rater, e.rating, e.score, e.comment, e.ratedOn);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
