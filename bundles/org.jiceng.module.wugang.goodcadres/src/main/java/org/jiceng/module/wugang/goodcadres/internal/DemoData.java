package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year's selection in 武冈 through the module's own services, as the county would run it:
 * 100 members nominated through the four channels, the five rounds decided as {@link DemoPlan}
 * says, the public notice published with four objections looked into — 80 eliminated, 20
 * approved (the seed's "about 80 %"). The dates lie in last year, so no period is still running.
 * Idempotent and resumable: the same seed picks the same members in the same merit order, and
 * only what is missing (a nomination, a round not decided, the notice, an objection) is done.
 */
@Component
public class DemoData implements DemoDataContributor {
    /** Full members of the county the nominees are drawn from (the first by id, a stable set). */
    private static final int POOL = 300;

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Campaigns campaigns;
    private final Nominations nominations;
    private final Objections objections;
    private final MemberService members;
    private final Store store;

    @Activate
    public DemoData(@Reference Campaigns campaigns, @Reference Nominations nominations, @Reference Objections objections,
            @Reference MemberService members, @Reference Store store) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.objections = objections;
        this.members = members;
        this.store = store;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (store.jurisdictions().find(Store.COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now();
        DemoPlan plan = new DemoPlan(today.getYear() - 1);
        CampaignView campaign = campaign(plan);
        List<Long> nominees = nominees(run.seed());
        Map<Long, NominationView> byMember = new HashMap<>();
        Pages.each("id", Nominations.SORTABLE, p -> nominations.list(Store.COUNTY, campaign.id, null, null, null, p),
                n -> byMember.put(n.memberId, n));
        long before = byMember.values().stream().filter(n -> n.status != NominationStatus.IN_REVIEW).count();
        for (int place = 0; place < nominees.size(); place++) {
            run.throwIfCancelled();
            if (!byMember.containsKey(nominees.get(place))) {
                byMember.put(nominees.get(place), nominate(campaign, plan, place, nominees.get(place), today));
            }
        }
        for (Round round : Round.values()) {
            if (round == Round.PUBLIC_NOTICE) {
                publishNotice(campaign.id, plan);
            }
            for (int place = 0; place < nominees.size(); place++) {
                run.throwIfCancelled();
                NominationView n = byMember.get(nominees.get(place));
                if (n.status == NominationStatus.IN_REVIEW && round.key().equals(n.round)) {
                    if (round == Round.PUBLIC_NOTICE) {
                        lookIntoObjections(n, place, plan, today);
                    }
                    byMember.put(n.memberId, decide(n, round, place, plan, today));
                }
            }
        }
        long decided = byMember.values().stream().filter(n -> n.status != NominationStatus.IN_REVIEW).count();
        if (decided > before) {
            logger.info("Demo data of {} loaded in {} ms: {} nominations, {} decided in {}", Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000,
                    byMember.size(), decided - before, campaign.title);
        }
    }

    private CampaignView campaign(DemoPlan plan) {
        int year = plan.nominationDeadline().getYear();
        List<CampaignView> existing = campaigns.list(Store.COUNTY, year, PageRequest.first(1)).items();
        return existing.isEmpty()
                ? campaigns.create(Store.COUNTY, new Campaigns.NewCampaign(year, "武冈市" + year + "年度好干部评选",
                        plan.nominationDeadline(), DemoPlan.QUOTA))
                : existing.get(0);
    }

    /** 100 full members of the county in a merit order fixed by the seed. */
    private List<Long> nominees(long seed) {
        MemberQuery q = new MemberQuery(Store.COUNTY, null, MemberStage.FULL, null, null, null);
        List<Long> pool = new ArrayList<>(members.find(q, PageRequest.of(0, POOL, "id", MemberService.SORTABLE)).items().stream()
                .map(Member::id).toList());
        Collections.shuffle(pool, new Random(seed));
        return pool.subList(0, Math.min(DemoPlan.NOMINATIONS, pool.size()));
    }

    private NominationView nominate(CampaignView campaign, DemoPlan plan, int place, long memberId, LocalDate today) {
        Channel channel = DemoPlan.channel(place);
        String nominator = switch (channel) {
            case UNIT -> "所在单位党组织";
            case INDIVIDUAL -> "党员群众联名";
            case PUBLIC -> "社会各界推荐";
            case SELF -> null;
        };
        return nominations.nominate(Store.COUNTY, new Nominations.NewNomination(campaign.id, channel, memberId, nominator,
                "对照“五讲五好”标准，工作实绩突出，群众公认", plan.nominatedOn(place)), today);
    }

    private void publishNotice(long campaignId, DemoPlan plan) {
        CampaignView c = campaigns.get(Store.COUNTY, campaignId);
        if (c.noticeFrom == null) {
            campaigns.publishNotice(Store.COUNTY, campaignId, plan.noticeFrom(), plan.noticeTo(), c.version);
        }
    }

    /** The planned objection against this nominee, raised once and looked into. */
    private void lookIntoObjections(NominationView n, int place, DemoPlan plan, LocalDate today) {
        boolean upheld = DemoPlan.OBJECTION_UPHELD.contains(place);
        if (!upheld && !DemoPlan.OBJECTION_DISMISSED.contains(place)) {
            return;
        }
        List<ObjectionView> raised = objections.list(Store.COUNTY, null, n.id, null, PageRequest.first(1)).items();
        ObjectionView o = raised.isEmpty()
                ? objections.raise(Store.COUNTY, n.id, new Objections.NewObjection(
                        upheld ? "反映其在扶贫项目资金管理中存在违规问题" : "反映其工作作风简单", null, plan.objectionRaisedOn()), today)
                : raised.get(0);
        if (o.status == ObjectionStatus.OPEN) {
            objections.resolve(Store.COUNTY, o.id, new Objections.Resolution(upheld, upheld ? "经核查，反映问题属实" : "经核查，反映问题不属实",
                    plan.objectionResolvedOn(), o.version), today);
        }
    }

    private NominationView decide(NominationView n, Round round, int place, DemoPlan plan, LocalDate today) {
        boolean pass = DemoPlan.passes(round, place);
        return nominations.decide(Store.COUNTY, n.id, round, new Nominations.Decision(pass ? Outcome.PASS : Outcome.ELIMINATE,
                pass ? null : DemoPlan.eliminationReason(round), plan.decidedOn(round), n.version), today);
    }
}
