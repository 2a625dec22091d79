package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Pages;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.ItemAssessment;
import org.jiceng.duty.Pledge;
import org.jiceng.duty.PledgeService;
import org.jiceng.duty.PledgeStatus;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundResults;
import org.jiceng.duty.RoundStatus;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year in 武冈 through the module's own services, as {@link DemoPlan} says: the pledges signed
 * county → each township → each village and assessed at year-end, and the two two-way rounds
 * (mid-year and year-end) of the township secretaries, rated and closed. With the demo registry's
 * 10 townships and their villages that is about 280 engine calls. Idempotent and resumable: only
 * what is missing (a pledge, a signature, an assessment, a round, a report, a sitting, a closing) is
 * done.
 */
@Component
public class DemoData implements DemoDataContributor {
    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Pledges pledges;
    private final DutyRounds rounds;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Pledges pledges, @Reference DutyRounds rounds, @Reference JurisdictionService jurisdictions) {
        this.pledges = pledges;
        this.rounds = rounds;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Wugang.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Wugang.COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        DemoPlan plan = new DemoPlan(LocalDate.now().getYear() - 1);
        List<Jurisdiction> townships = jurisdictions.subtreeList(Wugang.COUNTY, JurisdictionLevel.TOWNSHIP);
        Map<String, List<Jurisdiction>> villages = new HashMap<>();
        for (Jurisdiction v : jurisdictions.subtreeList(Wugang.COUNTY, JurisdictionLevel.VILLAGE)) {
            villages.computeIfAbsent(v.parentCode(), k -> new ArrayList<>()).add(v);
        }
        int changes = pledgeCascade(run, plan, townships, villages);
        for (ReportPeriod period : List.of(ReportPeriod.H1, ReportPeriod.H2)) {
            changes += round(run, plan, period, townships, villages);
        }
        if (changes > 0) {
            logger.info("Demo data of {} loaded in {} ms: {} engine changes for {}", Wugang.MODULE_ID, (System.nanoTime() - t0) / 1_000_000, changes,
                    plan.year());
        }
    }

    private int pledgeCascade(DemoDataRun run, DemoPlan plan, List<Jurisdiction> townships, Map<String, List<Jurisdiction>> villages) {
        Map<String, Pledge> existing = new HashMap<>();
        Pages.each("id", PledgeService.SORTABLE, p -> pledges.list(Wugang.COUNTY, plan.year(), null, null, p),
                p -> existing.put(p.issuerCode() + ">" + p.signerCode(), p));
        int changes = 0;
        int villageIndex = 0;
        for (int t = 0; t < townships.size(); t++) {
            Jurisdiction town = townships.get(t);
            int township = t;
            changes += pledge(run, existing, Wugang.COUNTY, town, secretary(town), plan.townshipsSign(), Wugang.CITY_COMMITTEE,
                    plan.townshipsAssessed(),
                    item -> DemoPlan.townshipItemMet(township, item));
            for (Jurisdiction village : villages.getOrDefault(town.code(), List.of())) {
                int v = villageIndex++;
                changes += pledge(run, existing, town.code(), village, village.name() + "党支部书记", plan.villagesSign(),
                        "中共" + town.name() + "委员会", plan.villagesAssessed(), item -> DemoPlan.villageItemMet(v, item));
            }
        }
        return changes;
    }

    /** Issues, signs and assesses one pledge as far as it has not been; returns the engine changes made. */
    private int pledge(DemoDataRun run, Map<String, Pledge> existing, String issuer, Jurisdiction signer, String signedBy, LocalDate signedOn,
            String assessedBy, LocalDate assessedOn, java.util.function.IntPredicate met) {
        run.throwIfCancelled();
        int changes = 0;
        Pledge p = existing.get(issuer + ">" + signer.code());
        if (p == null) {
            p = pledges.issue(Wugang.COUNTY, assessedOn.getYear(), issuer, signer.code(), null, List.of());
            changes++;
        }
        if (p.status() == PledgeStatus.DRAFT) {
            p = pledges.sign(Wugang.COUNTY, p.id(), signedBy, signedOn, p.version());
            changes++;
        }
        if (p.status() == PledgeStatus.SIGNED) {
            List<ItemAssessment> items = new ArrayList<>();
            for (int i = 0; i < p.items().size(); i++) {
                boolean ok = met.test(i);
                items.add(new ItemAssessment(p.items().get(i).id(), ok, null, ok ? null : "未完全达到责任状要求"));
            }
            pledges.assess(Wugang.COUNTY, p.id(), items, assessedBy, assessedOn, p.version());
            changes++;
        }
        return changes;
    }

    private int round(DemoDataRun run, DemoPlan plan, ReportPeriod period, List<Jurisdiction> townships, Map<String, List<Jurisdiction>> villages) {
        List<ReportingRound> found = rounds.list(Wugang.COUNTY, plan.year(), period, org.jiceng.common.PageRequest.first(1)).items();
        ReportingRound round = found.isEmpty() ? null : found.get(0);
        if (round != null && round.status() == RoundStatus.CLOSED) {
            return 0;
        }
        int changes = 0;
        if (round == null) {
            round = rounds.open(Wugang.COUNTY, plan.year(), period, null, null);
            changes++;
        }
        long roundId = round.id();
        Map<String, DutyReport> reports = new HashMap<>();
        Pages.each("id", DutyReportService.REPORT_SORTABLE, p -> rounds.reports(Wugang.COUNTY, roundId, null, null, p),
                r -> reports.put(r.jurisdictionCode(), r));
        RoundResults results = rounds.results(Wugang.COUNTY, roundId);
        Map<Long, Long> rated = new HashMap<>();
        results.reports().forEach(r -> rated.put(r.reportId(), r.all().total()));
        for (int t = 0; t < townships.size(); t++) {
            run.throwIfCancelled();
            Jurisdiction town = townships.get(t);
            DutyReport report = reports.get(town.code());
            if (report == null) {
                report = rounds.register(Wugang.COUNTY, roundId, town.code(), null, null, secretary(town));
                changes++;
            }
            if (!report.submitted()) {
                report = rounds.submit(Wugang.COUNTY, report.id(), summary(town, period), plan.submitted(period), report.version());
                changes++;
            }
            if (rated.getOrDefault(report.id(), 0L) == 0) {
                List<String> secretaries = villages.getOrDefault(town.code(), List.of()).stream().map(v -> v.name() + "党支部书记").toList();
                List<Evaluation> sitting = new ArrayList<>();
                for (DemoPlan.Rated r : DemoPlan.sitting(DemoPlan.standing(t, period), secretaries)) {
                    sitting.add(new Evaluation(null, report.id(), r.kind(), r.rater(), r.rating(), null, null, plan.rated(period)));
                }
                rounds.evaluate(Wugang.COUNTY, report.id(), sitting);
                changes++;
            }
        }
        rounds.close(Wugang.COUNTY, roundId, plan.closed(period), rounds.round(Wugang.COUNTY, roundId).version());
        return changes + 1;
    }

    /** 街道 have a working committee (党工委), towns a committee (党委). */
    private static String secretary(Jurisdiction town) {
        return town.name() + (town.name().endsWith("街道") ? "党工委书记" : "党委书记");
    }

    private static String summary(Jurisdiction town, ReportPeriod period) {
        return town.name() + period.label() + "抓基层党建工作述职：落实第一责任人职责，推进“两个创建”，管好驻村第一书记，党建与底线工作同推进、同督查、同考核。";
    }

}
