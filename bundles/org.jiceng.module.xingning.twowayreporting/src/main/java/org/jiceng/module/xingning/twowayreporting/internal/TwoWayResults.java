package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Validator;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.ReportResult;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundResults;
import org.jiceng.duty.RoundStatus;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Results per secretary combining both directions with the county's weighting, ranked, and the tie
 * to advancement; computed from the engine's evaluations each time, never stored.
 */
@Component(service = TwoWayResults.class)
public class TwoWayResults {
    private final TwoWayRounds rounds;
    private final DutyReportService reports;
    private final Weightings weightings;
    private final JurisdictionService jurisdictions;

    @Activate
    public TwoWayResults(@Reference TwoWayRounds rounds, @Reference DutyReportService reports, @Reference Weightings weightings,
            @Reference JurisdictionService jurisdictions) {
        this.rounds = rounds;
        this.reports = reports;
        this.weightings = weightings;
        this.jurisdictions = jurisdictions;
    }

    /** The round's result list, optionally only the secretaries of one outcome. */
    RoundOutcome outcome(String code, long roundId, Outcome only) {
        ReportingRound round = rounds.round(code, roundId);
        RoundResults engine = reports.results(roundId);
        Map<Long, ReportResult> byReport = new HashMap<>();
        engine.reports().forEach(r -> byReport.put(r.reportId(), r));
        Weighting w = weightings.forRound(round);
        Map<String, String> towns = townNames(round.jurisdictionCode());
        boolean closed = round.status() == RoundStatus.CLOSED;
        List<SecretaryResult> all = new ArrayList<>();
        for (DutyReport report : rounds.allReports(round.jurisdictionCode(), roundId)) {
            all.add(secretary(report, reports.evaluations(report.id()), byReport.get(report.id()), w, closed, towns));
        }
        rank(all);
        RoundOutcome out = new RoundOutcome();
        out.roundId = roundId;
        out.jurisdictionCode = round.jurisdictionCode();
        out.year = round.year();
        out.title = round.title();
        out.status = round.status().name();
        out.finalResult = closed;
        out.weightingFixed = closed && weightings.fixed(roundId);
        out.upperWeight = w.upperWeight();
        out.lowerWeight = w.lowerWeight();
        out.recommendScore = w.recommendScore();
        out.talkScore = w.talkScore();
        out.expected = engine.expected();
        out.submitted = engine.submitted();
        out.evaluations = engine.evaluations();
        BigDecimal sum = BigDecimal.ZERO;
        for (SecretaryResult s : all) {
            if (s.combinedScore != null) {
                out.scored++;
                sum = sum.add(s.combinedScore);
            }
            switch (s.outcome) {
                case RECOMMENDED -> out.recommended++;
                case RETAINED -> out.retained++;
                case TALK -> out.talk++;
                case PENDING -> out.pending++;
            }
        }
        out.averageCombined = out.scored == 0 ? null : sum.divide(BigDecimal.valueOf(out.scored), 2, RoundingMode.HALF_UP);
        out.secretaries = only == null ? all : all.stream().filter(s -> s.outcome == only).toList();
        return out;
    }

    /** One secretary's result within the round, for the report card. */
    SecretaryResult ofReport(String code, long reportId) {
        DutyReport report = rounds.report(code, reportId);
        ReportingRound round = reports.getRound(report.roundId());
        for (SecretaryResult s : outcome(round.jurisdictionCode(), round.id(), null).secretaries) {
            if (s.reportId == reportId) {
                return s;
            }
        }
        throw new org.jiceng.common.NotFoundException("Duty report", reportId);
    }

    /** The year's rounds as figures for upper-level systems (梅州市, 广东省), without the per-secretary rows. */
    List<RoundOutcome> figures(String code, Integer year) {
        new Validator().require("year", year).throwIfInvalid();
        List<RoundOutcome> out = new ArrayList<>();
        for (ReportingRound r : rounds.all(code, year)) {
            RoundOutcome o = outcome(code, r.id(), null);
            o.secretaries = null;
            out.add(o);
        }
        return out;
    }

    static SecretaryResult secretary(DutyReport report, List<Evaluation> evaluations, ReportResult engine, Weighting w, boolean closed,
            Map<String, String> towns) {
        List<Integer> upper = new ArrayList<>();
        List<Integer> lower = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (e.score() != null) {
                (e.raterKind() == RaterKind.UPPER ? upper : lower).add(e.score());
            }
        }
        SecretaryResult s = new SecretaryResult();
        s.reportId = report.id();
        s.townCode = report.jurisdictionCode();
        s.townName = towns.getOrDefault(report.jurisdictionCode(), report.jurisdictionCode());
        s.reporterName = report.reporterName();
        s.reporterMemberId = report.reporterMemberId();
        s.submitted = report.submitted();
        s.submittedOn = report.submittedOn();
        s.upperRaters = upper.size();
        s.upperScore = TwoWayRules.average(upper);
        s.lowerRaters = lower.size();
        s.lowerScore = TwoWayRules.average(lower);
        s.combinedScore = TwoWayRules.combined(s.upperScore, s.lowerScore, w.upperWeight(), w.lowerWeight());
        s.grade = engine == null || engine.grade() == null ? null : engine.grade().label();
        s.outcome = TwoWayRules.outcome(s.submitted, s.upperScore, s.lowerScore, s.combinedScore, w, closed);
        s.outcomeLabel = s.outcome.label();
        s.reason = TwoWayRules.reason(s.outcome, s.submitted, s.upperScore, s.lowerScore, s.combinedScore, w);
        return s;
    }

    /** Highest weighted score first, equal scores sharing a rank (then by town code); those not scored both ways last, unranked. */
    static void rank(List<SecretaryResult> all) {
        all.sort(Comparator.comparing((SecretaryResult s) -> s.combinedScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.townCode));
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < all.size(); i++) {
            SecretaryResult s = all.get(i);
            if (s.combinedScore == null) {
                continue;
            }
            if (previous == null || s.combinedScore.compareTo(previous) != 0) {
                rank = i + 1;
                previous = s.combinedScore;
            }
            s.rank = rank;
        }
    }

    private Map<String, String> townNames(String code) {
        Map<String, String> names = new HashMap<>();
        for (Jurisdiction j : jurisdictions.subtreeList(code, JurisdictionLevel.TOWNSHIP)) {
            names.put(j.code(), j.name());
        }
        return names;
    }
}
