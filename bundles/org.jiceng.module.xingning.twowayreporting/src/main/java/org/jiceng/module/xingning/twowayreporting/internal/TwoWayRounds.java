package org.jiceng.module.xingning.twowayreporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.ReportingRound;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 兴宁's two-way rounds on the engine: one a year, held by the city for its town secretaries, rated
 * from above by the city committee's members and from below by the town's own cadres. Every call
 * names the jurisdiction it works in; a round, report or member outside it is reported exactly like
 * a missing one.
 */
@Component(service = TwoWayRounds.class)
public class TwoWayRounds {
    private final DutyReportService reports;
    private final JurisdictionService jurisdictions;
    private final MemberService members;
    private final Weightings weightings;
    private final OrganizationService organizations;

    @Activate
    public TwoWayRounds(@Reference DutyReportService reports, @Reference JurisdictionService jurisdictions, @Reference MemberService members,
            @Reference Weightings weightings, @Reference OrganizationService organizations) {
        this.organizations = organizations;
        this.reports = reports;
        this.jurisdictions = jurisdictions;
        this.members = members;
        this.weightings = weightings;
    }

    /** Opens the city's year-end round; due date and title default to 兴宁's. */
    ReportingRound open(String code, Integer year, LocalDate dueDate, String title) {
        new Validator().require("year", year).throwIfInvalid();
        new Validator().range("year", year, 2000, LocalDate.now().getYear() + 1).maxLength("title", title, 200).throwIfInvalid();
        TwoWayRules.checkHeldByCity(code, jurisdictions.get(code).level());
        return reports.openRound(new ReportingRound(null, code, year, ReportPeriod.YEAR,
                title == null || title.isBlank() ? TwoWayRules.defaultTitle(year) : title.strip(),
                dueDate == null ? TwoWayRules.defaultDue(year) : dueDate, Xingning.CITY_COMMITTEE, true, null, null, null));
    }

    /** Refuses a period other than the year before anything else is looked at. */
    static void checkPeriod(ReportPeriod period) {
        if (period != null) {
            TwoWayRules.checkPeriod(period);
        }
    }

    Page<ReportingRound> list(String code, Integer year, PageRequest page) {
        return reports.findRounds(code, year, ReportPeriod.YEAR, page);
    }

    List<ReportingRound> all(String code, Integer year) {
        return Pages.all("id", DutyReportService.ROUND_SORTABLE, p -> reports.findRounds(code, year, ReportPeriod.YEAR, p));
    }

    ReportingRound round(String code, long id) {
        ReportingRound r = found(() -> reports.getRound(id), "Reporting round", id);
        if (!jurisdictions.isWithin(r.jurisdictionCode(), code)) {
            throw new NotFoundException("Reporting round", id);
        }
        return r;
    }

    /** Closes the round and fixes the weighting its result list is computed with. */
    ReportingRound close(String code, long id, LocalDate on, Long version) {
        round(code, id);
        ReportingRound closed = reports.closeRound(id, on, Validator.requiredVersion(version));
        weightings.fix(closed);
        return closed;
    }

    /**
     * Registers a town secretary's expected report: the reporter is a registry member of the town
     * (whose name is taken) or, where the registry does not hold the secretary yet, a name.
     */
    DutyReport register(String code, long roundId, String townCode, Long organizationId, Long memberId, String name) {
        new Validator().require("townCode", townCode).check(memberId != null || (name != null && !name.isBlank()), "reporterMemberId",
                "a member id or a reporterName is required").maxLength("reporterName", name, 100).throwIfInvalid();
        round(code, roundId);
        Jurisdiction town = jurisdictions.find(townCode.strip()).orElse(null);
        if (town == null || !jurisdictions.isWithin(town.code(), code)) {
            throw new ValidationException("townCode", "no jurisdiction " + townCode + " in " + code);
        }
        TwoWayRules.checkReporterTown(town.code(), town.level());
        if (organizationId != null) {
            organizationOfTown(organizationId, town.code());
        }
        String reporterName = name == null ? null : name.strip();
        if (memberId != null) {
            Member m = member(code, "reporterMemberId", memberId);
            TwoWayRules.checkReporterOfTown(jurisdictions.isWithin(m.jurisdictionCode(), town.code()), memberId, town.code());
            reporterName = m.name();
        }
        return reports.register(new DutyReport(null, roundId, town.code(), organizationId, memberId, reporterName, null, null, false, null));
    }

    Page<DutyReport> reports(String code, Long roundId, Boolean submitted, Boolean overdue, PageRequest page) {
        if (roundId != null) {
            round(code, roundId);
        }
        return reports.findReports(code, roundId, submitted, overdue, page);
    }

    List<DutyReport> allReports(String code, long roundId) {
        return Pages.all("id", DutyReportService.REPORT_SORTABLE, p -> reports.findReports(code, roundId, null, null, p));
    }

    DutyReport report(String code, long id) {
        DutyReport r = found(() -> reports.getReport(id), "Duty report", id);
        if (!jurisdictions.isWithin(r.jurisdictionCode(), code)) {
            throw new NotFoundException("Duty report", id);
        }
        return r;
    }

    DutyReport submit(String code, long id, String summary, LocalDate on, Long version) {
        new Validator().require("summary", summary == null || summary.isBlank() ? null : summary).maxLength("summary", summary, 4000)
                .throwIfInvalid();
        report(code, id);
        return reports.submit(id, summary.strip(), on, Validator.requiredVersion(version));
    }

    List<Evaluation> evaluations(String code, long reportId) {
        report(code, reportId);
        return reports.evaluations(reportId);
    }

    /** One rater's score as the module takes it: a committee member by name, a town cadre by member id. */
    record Scored(RaterKind kind, String rater, Long raterMemberId, Integer score, Rating rating, String comment, LocalDate ratedOn) {
    }

    /**
     * Records the scores of one sitting (the plenary session's or the cadres' meeting's), all or
     * none. Every rater scores 0–100 (评分考核); the rating is the score's band unless given. A
     * LOWER rater is a registry member of the reporter's town, recorded under name and member id
     * so that two cadres of one name stay two raters.
     */
    List<Evaluation> evaluate(String code, long reportId, List<Scored> scores) {
        if (scores == null || scores.isEmpty()) {
            throw new ValidationException("evaluations", "at least one evaluation is required");
        }
        DutyReport report = report(code, reportId);
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Scored s = scores.get(i);
            String f = "evaluations[" + i + "]";
            new Validator().require(f + ".score", s.score()).throwIfInvalid();
            new Validator().range(f + ".score", s.score(), 0, 100).maxLength(f + ".comment", s.comment(), 1000).throwIfInvalid();
            String rater;
            if (s.kind() == RaterKind.LOWER) {
                if (s.raterMemberId() == null) {
                    throw new ValidationException(f + ".raterMemberId", "a LOWER rater is a cadre of the town, given by member id");
                }
                Member m = member(code, f + ".raterMemberId", s.raterMemberId());
                TwoWayRules.checkLowerRaterOfTown(jurisdictions.isWithin(m.jurisdictionCode(), report.jurisdictionCode()), m.id(),
                        report.jurisdictionCode());
                rater = m.name() + "（" + m.id() + "）";
            } else {
                if (s.rater() == null || s.rater().isBlank()) {
                    throw new ValidationException(f + ".rater", "the committee member's name is required");
                }
                new Validator().maxLength(f + ".rater", s.rater(), 100).throwIfInvalid();
                rater = s.rater().strip();
            }
            Rating rating = s.rating() != null ? s.rating() : TwoWayRules.ratingOf(s.score());
            out.add(new Evaluation(null, reportId, s.kind(), rater, rating, s.score(), s.comment(), s.ratedOn()));
        }
        return reports.evaluate(reportId, out);
    }

    /** The town's Party committee (or another organization of the town) the report is for; elsewhere a 400 on the field. */
    private void organizationOfTown(long organizationId, String townCode) {
        try {
            organizations.getWithin(organizationId, townCode);
        } catch (NotFoundException e) {
            throw new ValidationException("organizationId", "no organization " + organizationId + " in town " + townCode);
        }
    }

    /** A registry member inside {@code code}; one elsewhere or missing is a 400 on the field (it names a reference, not the path). */
    private Member member(String code, String field, long id) {
        Member m;
        try {
            m = members.get(id);
        } catch (NotFoundException e) {
            m = null;
        }
        if (m == null || m.jurisdictionCode() == null || !jurisdictions.isWithin(m.jurisdictionCode(), code)) {
            throw new ValidationException(field, "no member " + id + " in " + code);
        }
        return m;
    }

    /** The engine's lookup, its NotFoundException phrased like the module's own. */
    private static <T> T found(java.util.function.Supplier<T> get, String label, long id) {
        try {
            return get.get();
        } catch (NotFoundException e) {
            throw new NotFoundException(label, id);
        }
    }
}
