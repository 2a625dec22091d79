package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Validator;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundResults;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 武冈's reporting rounds on the engine: two a year, two-way, held by the county for its township
 * secretaries. Every call names the jurisdiction it works in; a round or report outside it is
 * reported exactly like a missing one.
 */
@Component(service = DutyRounds.class)
public class DutyRounds {
    private final DutyReportService reports;
    private final JurisdictionService jurisdictions;

    @Activate
    public DutyRounds(@Reference DutyReportService reports, @Reference JurisdictionService jurisdictions) {
        this.reports = reports;
        this.jurisdictions = jurisdictions;
    }

    /** Opens the county's round of a half-year; the due date and title default to 武冈's. */
    ReportingRound open(String code, Integer year, ReportPeriod period, LocalDate dueDate, String title) {
        new Validator().require("year", year).require("period", period).throwIfInvalid();
        WugangRules.checkPeriod(period);
        WugangRules.checkHeldByCounty(code, jurisdictions.get(code).level());
        return reports.openRound(new ReportingRound(null, code, year, period,
                title == null || title.isBlank()
                        ? WugangRules.defaultTitle(year, period)
                        : title,
                dueDate == null ? WugangRules.defaultDue(year, period) : dueDate, Wugang.CITY_COMMITTEE, true, null, null, null));
    }

    Page<ReportingRound> list(String code, Integer year, ReportPeriod period, PageRequest page) {
        return reports.findRounds(code, year, period, page);
    }

    List<ReportingRound> all(String code, Integer year) {
        return Pages.all("id", DutyReportService.ROUND_SORTABLE, p -> reports.findRounds(code, year, null, p));
    }

    ReportingRound round(String code, long id) {
        ReportingRound r = found(() -> reports.getRound(id), "Reporting round", id);
        if (!jurisdictions.isWithin(r.jurisdictionCode(), code)) {
            throw new NotFoundException("Reporting round", id);
        }
        return r;
    }

    ReportingRound close(String code, long id, LocalDate on, Long version) {
        round(code, id);
        return reports.closeRound(id, on, Validator.requiredVersion(version));
    }

    /** Registers a township secretary's expected report; the reporter is a member id or a name. */
    DutyReport register(String code, long roundId, String townshipCode, Long organizationId, Long memberId, String name) {
        new Validator().require("townshipCode", townshipCode).throwIfInvalid();
        round(code, roundId);
        Jurisdiction township = jurisdictions.find(townshipCode.trim()).orElse(null);
        if (township == null || !jurisdictions.isWithin(township.code(), code)) {
            throw new org.jiceng.common.ValidationException("townshipCode", "no jurisdiction " + townshipCode + " in " + code);
        }
        WugangRules.checkReporterTownship(township.code(), township.level());
        return reports.register(new DutyReport(null, roundId, township.code(), organizationId, memberId, name, null, null, false, null));
    }

    Page<DutyReport> reports(String code, Long roundId, Boolean submitted, Boolean overdue, PageRequest page) {
        if (roundId != null) {
            round(code, roundId);
        }
        return reports.findReports(code, roundId, submitted, overdue, page);
    }

    DutyReport report(String code, long id) {
        DutyReport r = found(() -> reports.getReport(id), "Duty report", id);
        if (!jurisdictions.isWithin(r.jurisdictionCode(), code)) {
            throw new NotFoundException("Duty report", id);
        }
        return r;
    }

    DutyReport submit(String code, long id, String summary, LocalDate on, Long version) {
        report(code, id);
        return reports.submit(id, summary, on, Validator.requiredVersion(version));
    }

    List<Evaluation> evaluations(String code, long reportId) {
        report(code, reportId);
        return reports.evaluations(reportId);
    }

    List<Evaluation> evaluate(String code, long reportId, List<Evaluation> evaluations) {
        report(code, reportId);
        List<Evaluation> forReport = new ArrayList<>();
        evaluations.forEach(
                e -> forReport.add(new Evaluation(null, reportId, e.raterKind(), e.rater(), e.rating(), e.score(), e.comment(), e.ratedOn())));
        return reports.evaluate(reportId, forReport);
    }

    RoundResults results(String code, long roundId) {
        round(code, roundId);
        return reports.results(roundId);
    }

    /** The round's figures for upper-level systems, without the per-report rows. */
    List<RoundFigures> figures(String code, Integer year) {
        new Validator().require("year", year).throwIfInvalid();
        List<RoundFigures> out = new ArrayList<>();
        for (ReportingRound r : all(code, year)) {
            out.add(RoundFigures.of(reports.results(r.id())));
        }
        return out;
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
