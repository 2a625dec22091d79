package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.cadre.Assignment;
import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.scoring.PeriodKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Weekly work reports (one per week) and half-yearly reports (two a year), and where each one stands. */
@Component(service = Reports.class)
public class Reports {
    static final String RULE_NOT_STARTED = "report-period-not-started";
    static final String RULE_OUTSIDE_ASSIGNMENT = "report-outside-assignment";
    static final Map<String, Comparator<WeekStatus>> SORT = Map.of(
            "assignmentId", Comparator.comparingLong(w -> w.assignmentId),
            "state", Comparator.comparing(w -> w.state));

    private final Store store;
    private final Secretaries secretaries;
    private final Thresholds thresholds;

    @Activate
    public Reports(@Reference Store store, @Reference Secretaries secretaries, @Reference Thresholds thresholds) {
        this.store = store;
        this.secretaries = secretaries;
        this.thresholds = thresholds;
    }

    /** Submits the week's report; it is late when submitted after the week's Sunday plus the grace days. */
    WeekStatus submitWeekly(String code, long assignmentId, String week, String summary, LocalDate submittedOn) {
        new Validator().require("week", week).require("summary", summary).maxLength("summary", summary, 2000).throwIfInvalid();
        if (!PeriodKind.WEEK.isValid(week)) {
            throw new ValidationException("week", "must be an ISO week like " + PeriodKind.WEEK.example());
        }
        Assignment a = secretaries.get(code, assignmentId);
        LocalDate weekStart = PeriodKind.WEEK.start(week);
        checkPeriod(a, week, weekStart, weekStart.plusDays(6), submittedOn);
        WeeklyReportEntity saved = store.tx().write(em -> {
            if (!em.createQuery("SELECT r.id FROM WeeklyReportEntity r WHERE r.assignmentId = :a AND r.week = :w", Long.class)
                    .setParameter("a", assignmentId).setParameter("w", week).getResultList().isEmpty()) {
                throw new ConflictException("The report of first secretary " + assignmentId + " for " + week + " was already submitted");
            }
            WeeklyReportEntity r = new WeeklyReportEntity();
            r.assignmentId = assignmentId;
            r.jurisdictionCode = a.jurisdictionCode();
            r.week = week;
            r.weekStart = weekStart;
            r.dueOn = ReportRules.weeklyDueOn(weekStart, thresholds.weeklyGraceDays());
            r.submittedOn = submittedOn;
            r.summary = summary.trim();
            r.submittedBy = Store.caller();
            em.persist(r);
            em.flush();
            return r;
        });
        return status(a, weekStart, saved, submittedOn, null);
    }

    /** Amends a submitted report's text; its submission date (and so its state) stays. */
    WeekStatus amendWeekly(String code, long reportId, String summary, Long version, LocalDate today) {
        new Validator().require("summary", summary).maxLength("summary", summary, 2000).require("version", version).throwIfInvalid();
        WeeklyReportEntity saved = store.tx().write(em -> {
            WeeklyReportEntity r = store.find(em, WeeklyReportEntity.class, reportId, "Weekly report", code, x -> x.jurisdictionCode);
            ConflictException.requireVersion("Weekly report", reportId, r.version, version);
            r.summary = summary.trim();
            em.flush();
            return r;
        });
        return status(secretaries.get(code, saved.assignmentId), saved.weekStart, saved, today, null);
    }

    private static void checkPeriod(Assignment a, String period, LocalDate start, LocalDate end, LocalDate today) {
        if (start.isAfter(today)) {
            throw new RuleViolationException(RULE_NOT_STARTED,
                    "The report for " + period + " cannot be submitted before " + period + " begins (" + start + ")");
        }
        if (!PresenceRules.overlaps(a.startDate(), a.endDate(), start, end)) {
            throw new RuleViolationException(RULE_OUTSIDE_ASSIGNMENT, "First secretary " + a.id() + " was not sent during " + period
                    + " (sent from " + a.startDate() + " to " + a.endDate() + ")");
        }
    }

    /** Every week one secretary owes a report for, from {@code from} (default: 12 weeks ago) to this week, latest first. */
    List<WeekStatus> weeks(String code, long assignmentId, LocalDate from, LocalDate today) {
        Assignment a = secretaries.get(code, assignmentId);
        LocalDate since = from == null ? today.minusWeeks(12) : from;
        Map<String, WeeklyReportEntity> reports = new HashMap<>();
        store.tx().read(em -> em.createQuery("SELECT r FROM WeeklyReportEntity r WHERE r.assignmentId = :a", WeeklyReportEntity.class)
                .setParameter("a", assignmentId).getResultList()).forEach(r -> reports.put(r.week, r));
        List<WeekStatus> out = new ArrayList<>();
        for (LocalDate monday : ReportRules.weeksOwed(a.startDate(), a.endDate(), since, today)) {
            out.add(0, status(a, monday, reports.get(ReportRules.weekKey(monday)), today, null));
        }
        return out;
    }

    /** Every secretary of the subtree sent during one week and the state of their report for it. */
    Page<WeekStatus> week(String code, String week, ReportState state, PageRequest page, LocalDate today) {
        if (week == null || !PeriodKind.WEEK.isValid(week)) {
            throw new ValidationException("week", "must be an ISO week like " + PeriodKind.WEEK.example());
        }
        LocalDate monday = PeriodKind.WEEK.start(week);
        List<Assignment> sent = secretaries.during(code, monday, monday.plusDays(6));
        Map<Long, WeeklyReportEntity> reports = new HashMap<>();
        store.tx().read(em -> em.createQuery("SELECT r FROM WeeklyReportEntity r WHERE r.week = :w AND r.jurisdictionCode IN :codes",
                WeeklyReportEntity.class).setParameter("w", week).setParameter("codes", store.subtreeCodes(code)).getResultList())
                .forEach(r -> reports.put(r.assignmentId, r));
        Map<Long, String> names = new HashMap<>();
        List<WeekStatus> all = new ArrayList<>();
        for (Assignment a : sent) {
            WeekStatus s = status(a, monday, reports.get(a.id()), today, names);
            if (state == null || s.state == state) {
                all.add(s);
            }
        }
        return Pages.ofList(all, page, SORT, "assignmentId");
    }

    private WeekStatus status(Assignment a, LocalDate monday, WeeklyReportEntity r, LocalDate today, Map<Long, String> names) {
        WeekStatus s = new WeekStatus();
        s.assignmentId = a.id();
        s.memberName = names == null ? null : secretaries.name(a.memberId(), names);
        s.jurisdictionCode = a.jurisdictionCode();
        s.week = ReportRules.weekKey(monday);
        s.weekStart = monday;
        s.dueOn = r == null ? ReportRules.weeklyDueOn(monday, thresholds.weeklyGraceDays()) : r.dueOn;
        s.state = ReportRules.state(s.dueOn, r == null ? null : r.submittedOn, today);
        if (r != null) {
            s.reportId = r.id;
            s.submittedOn = r.submittedOn;
            s.summary = r.summary;
            s.version = r.version;
        }
        return s;
    }

    /** Weekly reports submitted on time for the weeks beginning in a month: what the ranking's report indicator reads. */
    int onTime(long assignmentId, YearMonth month) {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(r) FROM WeeklyReportEntity r WHERE r.assignmentId = :a "
                + "AND r.weekStart BETWEEN :from AND :to AND r.submittedOn <= r.dueOn", Long.class).setParameter("a", assignmentId)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getSingleResult().intValue());
    }

    /** The weeks one secretary has a report for (the demo data writes only those missing). */
    Set<String> weeksReported(long assignmentId) {
        return new HashSet<>(store.tx().read(em -> em.createQuery("SELECT r.week FROM WeeklyReportEntity r WHERE r.assignmentId = :a", String.class)
                .setParameter("a", assignmentId).getResultList()));
    }

    // ---- half-yearly reports (半年述职)

    HalfYearStatus submitHalfYear(String code, long assignmentId, String half, String summary, LocalDate submittedOn) {
        new Validator().require("half", half).require("summary", summary).maxLength("summary", summary, 4000).throwIfInvalid();
        if (!PeriodKind.HALF_YEAR.isValid(half)) {
            throw new ValidationException("half", "must be a half year like " + PeriodKind.HALF_YEAR.example());
        }
        Assignment a = secretaries.get(code, assignmentId);
        checkPeriod(a, half, PeriodKind.HALF_YEAR.start(half), PeriodKind.HALF_YEAR.end(half), submittedOn);
        HalfYearReportEntity saved = store.tx().write(em -> {
            if (!em.createQuery("SELECT r.id FROM HalfYearReportEntity r WHERE r.assignmentId = :a AND r.half = :h", Long.class)
                    .setParameter("a", assignmentId).setParameter("h", half).getResultList().isEmpty()) {
                throw new ConflictException("The report of first secretary " + assignmentId + " for " + half + " was already submitted");
            }
            HalfYearReportEntity r = new HalfYearReportEntity();
            r.assignmentId = assignmentId;
            r.jurisdictionCode = a.jurisdictionCode();
            r.half = half;
            r.dueOn = ReportRules.halfYearDueOn(half, thresholds.halfYearGraceDays());
            r.submittedOn = submittedOn;
            r.summary = summary.trim();
            r.submittedBy = Store.caller();
            em.persist(r);
            em.flush();
            return r;
        });
        return halfStatus(a, half, saved, submittedOn);
    }

    /** Whether the secretary's report of the half year is in. */
    boolean halfYearReported(long assignmentId, String half) {
        return !store.tx().read(em -> em.createQuery("SELECT r.id FROM HalfYearReportEntity r WHERE r.assignmentId = :a AND r.half = :h", Long.class)
                .setParameter("a", assignmentId).setParameter("h", half).setMaxResults(1).getResultList()).isEmpty();
    }

    List<HalfYearStatus> halves(String code, long assignmentId, LocalDate today) {
        Assignment a = secretaries.get(code, assignmentId);
        Map<String, HalfYearReportEntity> reports = new HashMap<>();
        store.tx().read(em -> em.createQuery("SELECT r FROM HalfYearReportEntity r WHERE r.assignmentId = :a", HalfYearReportEntity.class)
                .setParameter("a", assignmentId).getResultList()).forEach(r -> reports.put(r.half, r));
        List<HalfYearStatus> out = new ArrayList<>();
        for (String half : ReportRules.halvesOwed(a.startDate(), a.endDate(), today)) {
            out.add(0, halfStatus(a, half, reports.get(half), today));
        }
        return out;
    }

    private HalfYearStatus halfStatus(Assignment a, String half, HalfYearReportEntity r, LocalDate today) {
        HalfYearStatus s = new HalfYearStatus();
        s.assignmentId = a.id();
        s.half = half;
        s.dueOn = r == null ? ReportRules.halfYearDueOn(half, thresholds.halfYearGraceDays()) : r.dueOn;
        s.state = ReportRules.state(s.dueOn, r == null ? null : r.submittedOn, today);
        if (r != null) {
            s.reportId = r.id;
            s.submittedOn = r.submittedOn;
            s.summary = r.summary;
            s.version = r.version;
        }
        return s;
    }

    static LocalDate mondayOf(LocalDate d) {
        return d.with(DayOfWeek.MONDAY);
    }
}
