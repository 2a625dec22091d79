package org.jiceng.module.xingning.twowayreporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.Evaluation;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundStatus;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year's two-way round in 兴宁 through the module's own services, as {@link DemoPlan} says:
 * opened at the city, each town's secretary registered (the registry records no secretary post, so
 * the first member of the town committee stands for the secretary), reports submitted, the town's
 * cadres' sitting and the committee's plenary sitting scored, the round closed. Idempotent and
 * resumable: only what is missing (the round, a report, a submission, a sitting, the closing) is done.
 */
@Component
public class DemoData implements DemoDataContributor {
    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final TwoWayRounds rounds;
    private final JurisdictionService jurisdictions;
    private final OrganizationService organizations;
    private final MemberService members;

    @Activate
    public DemoData(@Reference TwoWayRounds rounds, @Reference JurisdictionService jurisdictions, @Reference OrganizationService organizations,
            @Reference MemberService members) {
        this.rounds = rounds;
        this.jurisdictions = jurisdictions;
        this.organizations = organizations;
        this.members = members;
    }

    @Override
    public String moduleId() {
        return Xingning.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Xingning.COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        DemoPlan plan = new DemoPlan(java.time.LocalDate.now().getYear() - 1);
        List<ReportingRound> found = rounds.list(Xingning.COUNTY, plan.year(), PageRequest.first(1)).items();
        ReportingRound round = found.isEmpty() ? null : found.get(0);
        if (round != null && round.status() == RoundStatus.CLOSED) {
            return;
        }
        int changes = 0;
        if (round == null) {
            round = rounds.open(Xingning.COUNTY, plan.year(), null, null);
            changes++;
        }
        long roundId = round.id();
        Map<String, DutyReport> reports = new HashMap<>();
        rounds.allReports(Xingning.COUNTY, roundId).forEach(r -> reports.put(r.jurisdictionCode(), r));
        List<Jurisdiction> towns = jurisdictions.subtreeList(Xingning.COUNTY, JurisdictionLevel.TOWNSHIP);
        for (int t = 0; t < towns.size(); t++) {
            run.throwIfCancelled();
            changes += town(plan, roundId, towns.get(t), t, towns.size(), reports.get(towns.get(t).code()));
        }
        rounds.close(Xingning.COUNTY, roundId, plan.closed(), rounds.round(Xingning.COUNTY, roundId).version());
        logger.info("Demo data of {} loaded in {} ms: {} engine changes for {}", Xingning.MODULE_ID, (System.nanoTime() - t0) / 1_000_000,
                changes + 1,
                plan.year());
    }

    /** One town's report as far as it has not been done; returns the engine changes made. */
    private int town(DemoPlan plan, long roundId, Jurisdiction town, int index, int towns, DutyReport report) {
        TownCadres cadres = cadresOf(town);
        int changes = 0;
        if (report == null) {
            String name = cadres.secretary() == null ? town.name() + (town.name().endsWith("街道") ? "党工委书记" : "党委书记") : null;
            report = rounds.register(Xingning.COUNTY, roundId, town.code(), cadres.committeeId(),
                    cadres.secretary() == null ? null : cadres.secretary().id(), name);
            changes++;
        }
        if (!report.submitted()) {
            report = rounds.submit(Xingning.COUNTY, report.id(), summary(town), plan.submitted(), report.version());
            changes++;
        }
        List<Evaluation> given = rounds.evaluations(Xingning.COUNTY, report.id());
        if (given.stream().noneMatch(e -> e.raterKind() == RaterKind.LOWER) && !cadres.lower().isEmpty()) {
            List<TwoWayRounds.Scored> sitting = new ArrayList<>();
            int average = DemoPlan.lowerAverage(index, towns);
            for (int i = 0; i < cadres.lower().size(); i++) {
                sitting.add(new TwoWayRounds.Scored(RaterKind.LOWER, null, cadres.lower().get(i).id(),
                        DemoPlan.score(average, i, cadres.lower().size()), null, null, plan.lowerSitting()));
            }
            rounds.evaluate(Xingning.COUNTY, report.id(), sitting);
            changes++;
        }
        if (given.stream().noneMatch(e -> e.raterKind() == RaterKind.UPPER)) {
            List<TwoWayRounds.Scored> sitting = new ArrayList<>();
            int average = DemoPlan.upperAverage(index, towns);
            List<String> committee = DemoPlan.COMMITTEE_MEMBERS;
            for (int i = 0; i < committee.size(); i++) {
                sitting.add(new TwoWayRounds.Scored(RaterKind.UPPER, committee.get(i), null, DemoPlan.score(average, i, committee.size()), null, null,
                        plan.upperSitting()));
            }
            rounds.evaluate(Xingning.COUNTY, report.id(), sitting);
            changes++;
        }
        return changes;
    }

    /** The town committee's first member (the secretary here), and as the cadres below the committee's other members and each village's first one. */
    record TownCadres(Long committeeId, Member secretary, List<Member> lower) {
    }

    private TownCadres cadresOf(Jurisdiction town) {
        List<PartyOrganization> orgs = Pages.all("id", org.jiceng.registry.OrganizationService.SORTABLE,
                p -> organizations.find(OrganizationQuery.inJurisdiction(town.code()), p));
        PartyOrganization committee = orgs.stream().filter(o -> o.jurisdictionCode().equals(town.code()))
                .filter(o -> o.type() == OrganizationType.COMMITTEE || o.type() == OrganizationType.WORKING_COMMITTEE).findFirst().orElse(null);
        if (committee == null) {
            return new TownCadres(null, null, List.of());
        }
        List<Member> committeeMembers = membersOf(committee.id(), 20);
        Member secretary = committeeMembers.isEmpty() ? null : committeeMembers.get(0);
        List<Member> lower = new ArrayList<>(committeeMembers.subList(Math.min(1, committeeMembers.size()), committeeMembers.size()));
        for (PartyOrganization o : orgs) {
            if (committee.id().equals(o.parentId()) && !o.jurisdictionCode().equals(town.code())) {
                lower.addAll(membersOf(o.id(), 1));
            }
        }
        return new TownCadres(committee.id(), secretary, lower);
    }

    private List<Member> membersOf(long organizationId, int first) {
        return members.find(new MemberQuery(null, organizationId, null, null, null, null),
                PageRequest.of(0, first, "id", MemberService.SORTABLE)).items();
    }

    private static String summary(Jurisdiction town) {
        return town.name() + "党委书记年度抓基层党建工作专项述职：履行第一责任人职责，落实“三会一课”和主题党日，推进镇党代会年会制和联席会议，抓好村级后备干部“123”培养，"
                + "驻点联系群众，推动软弱涣散村党组织整顿。";
    }
}
