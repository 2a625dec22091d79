package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
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
 * Last year of 武冈's standing delegates through the module's own services, as the county office
 * would enter it: the seed's 21 studios (one of the city organs at the county, the others two by
 * two in the townships of the demo registry) and 371 delegates (the full members of each studio's
 * area where the registry has them, in id order; name-only delegates, as 兴宁's congress registers
 * them, where an area has fewer), each linked to one village of the studio's area and ten of its
 * households; then the year's duties, proposals and evaluations as {@link DemoPlan} says. Every
 * figure comes out of those records. Idempotent and resumable: each step looks for what it would
 * write and only writes what is missing.
 */
@Component
public class DemoData implements DemoDataContributor {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚华建国志红文斌云飞玉兰海燕春梅宏德胜庆新民";
    private static final String[] TOPICS = {"关于加快农村公路提质改造的提案", "关于完善村级党群服务中心功能的建议", "关于扶持特色种养产业的提案",
            "关于加强农村饮水安全保障的建议", "关于加强留守儿童关爱服务的提案", "关于推进城区停车设施建设的建议"};
    private static final String[] UNITS = {"市交通运输局", "市委组织部", "市农业农村局", "市水利局", "市民政局", "市住房和城乡建设局"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Studios studios;
    private final Delegates delegates;
    private final Contacts contacts;
    private final Duties duties;
    private final Inquiries inquiries;
    private final Proposals proposals;
    private final Evaluations evaluations;
    private final MemberService members;

    @Activate
    public DemoData(@Reference Store store, @Reference Studios studios, @Reference Delegates delegates, @Reference Contacts contacts,
            @Reference Duties duties, @Reference Inquiries inquiries, @Reference Proposals proposals, @Reference Evaluations evaluations,
            @Reference MemberService members) {
        this.store = store;
        this.studios = studios;
        this.delegates = delegates;
        this.contacts = contacts;
        this.duties = duties;
        this.inquiries = inquiries;
        this.proposals = proposals;
        this.evaluations = evaluations;
        this.members = members;
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
        Random random = new Random(run.seed());
        List<StudioView> studioList = studios(plan);
        Set<Long> usedMembers = new HashSet<>();
        Pages.each("id", Delegates.SORTABLE, p -> delegates.list(Store.COUNTY, null, null, null, p), d -> {
            if (d.memberId != null) {
                usedMembers.add(d.memberId);
            }
        });
        List<List<DelegateView>> byStudio = new ArrayList<>();
        for (int s = 0; s < studioList.size(); s++) {
            run.throwIfCancelled();
            byStudio.add(delegatesOf(studioList.get(s), s, plan, usedMembers, random));
        }
        for (int s = 0; s < studioList.size(); s++) {
            run.throwIfCancelled();
            link(studioList.get(s), byStudio.get(s), plan, random, today);
            studioYear(studioList.get(s), s, byStudio.get(s), plan, today);
        }
        meetings(byStudio, plan, today);
        for (int s = 0; s < studioList.size(); s++) {
            run.throwIfCancelled();
            proposalsOf(s, byStudio.get(s), plan, today);
        }
        for (int s = 0; s < studioList.size(); s++) {
            run.throwIfCancelled();
            evaluate(studioList.get(s), byStudio.get(s), plan, today);
        }
        logger.info("Demo data of {} in place in {} ms", Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The county's studio of the city organs, then two in each township (as many rounds as 21 needs). */
    private List<StudioView> studios(DemoPlan plan) {
        Map<String, StudioView> byName = new HashMap<>();
        Pages.each("id", Studios.SORTABLE, p -> studios.list(Store.COUNTY, p), s -> byName.put(s.name, s));
        List<Jurisdiction> towns = store.jurisdictions().subtreeList(Store.COUNTY, JurisdictionLevel.TOWNSHIP);
        List<StudioView> out = new ArrayList<>();
        for (int s = 0; s < DemoPlan.STUDIOS; s++) {
            Jurisdiction host = s == 0 || towns.isEmpty() ? store.jurisdictions().get(Store.COUNTY) : towns.get((s - 1) % towns.size());
            String name = s == 0 ? "武冈市直机关党代表工作室" : host.name() + "党代表工作室" + ((s - 1) / Math.max(1, towns.size()) + 1) + "室";
            StudioView v = byName.get(name);
            out.add(v != null ? v : studios.create(Store.COUNTY, new Studios.NewStudio(host.code(), name, host.name() + "党群服务中心")));
        }
        return out;
    }

    private List<DelegateView> delegatesOf(StudioView studio, int s, DemoPlan plan, Set<Long> usedMembers, Random random) {
        List<DelegateView> existing = Pages.all("id", Delegates.SORTABLE, p -> delegates.list(Store.COUNTY, studio.id, null, null, p));
        if (!existing.isEmpty()) {
            return existing;
        }
        int count = DemoPlan.delegatesOf(s);
        MemberQuery q = new MemberQuery(studio.jurisdictionCode, null, MemberStage.FULL, null, null, null);
        List<Member> pool = members.find(q, PageRequest.of(0, PageRequest.MAX_SIZE, "id", MemberService.SORTABLE)).items();
        List<Delegates.NewDelegate> elected = new ArrayList<>();
        for (Member m : pool) {
            if (elected.size() < count && usedMembers.add(m.id())) {
                elected.add(new Delegates.NewDelegate(m.id(), null, plan.termStart(), plan.termEnd()));
            }
        }
        while (elected.size() < count) {
            elected.add(new Delegates.NewDelegate(null, name(random), plan.termStart(), plan.termEnd()));
        }
        return delegates.register(Store.COUNTY, studio.id, elected);
    }

    /** Each delegate's village (round the villages of the studio's area) and ten of its households. */
    private void link(StudioView studio, List<DelegateView> list, DemoPlan plan, Random random, LocalDate today) {
        List<Jurisdiction> villages = store.jurisdictions().subtreeList(studio.jurisdictionCode, JurisdictionLevel.VILLAGE);
        for (int k = 0; k < list.size(); k++) {
            DelegateView d = list.get(k);
            if (d.villageCode != null || villages.isEmpty()) {
                continue;
            }
            Jurisdiction village = villages.get((k * 7) % villages.size());
            List<Contacts.Household> households = new ArrayList<>();
            for (int h = 0; h < DelegateRules.HOUSEHOLDS_PER_DELEGATE; h++) {
                households.add(new Contacts.Household(name(random), village.name() + (1 + h % 6) + "组" + (1 + random.nextInt(60)) + "号",
                        h % 3 == 0 ? null : "13" + String.format("%09d", random.nextInt(1_000_000_000))));
            }
            list.set(k,
                    contacts.link(Store.COUNTY, d.id, new Contacts.Links(village.code(), households, plan.contactsLinkedOn(), d.version), today));
        }
    }

    /** The studio's four activity days, its research and inspection visits and one inquiry. */
    private void studioYear(StudioView studio, int s, List<DelegateView> list, DemoPlan plan, LocalDate today) {
        Set<String> held = new HashSet<>();
        Pages.each("id", Duties.SORTABLE, p -> duties.list(Store.COUNTY, null, studio.id, null, plan.year(), p), d -> held.add(d.kind + "@"
                + d.heldOn));
        for (int q = 0; q < DemoPlan.ACTIVITY_DAYS; q++) {
            LocalDate on = plan.activityDay(s, q);
            if (!held.contains(DutyKind.ACTIVITY_DAY + "@" + on)) {
                List<Long> present = new ArrayList<>();
                for (int k = 0; k < list.size(); k++) {
                    if (DemoPlan.attends(k, q)) {
                        present.add(list.get(k).id);
                    }
                }
                duties.record(Store.COUNTY, new Duties.NewDuty(DutyKind.ACTIVITY_DAY, studio.id, on, "第" + (q + 1) + "季度党代表活动日：接待群众、收集民意",
                        null, present), today);
            }
        }
        visit(studio, list, DutyKind.RESEARCH, plan.research(s), held, DemoPlan::onResearch, "关于村级集体经济发展情况的调研",
                "走访了联系村和群众，形成调研报告，提出发展特色产业的建议。", today);
        visit(studio, list, DutyKind.INSPECTION, plan.inspection(s), held, DemoPlan::onInspection, "视察基层党建“两个创建”工作",
                "视察了标准化党支部建设情况，提出阵地建设和制度落实的意见。", today);
        DelegateView asker = list.get(2);
        if (inquiries.list(Store.COUNTY, asker.id, null, PageRequest.first(1)).total() == 0) {
            InquiryKind kind = s % 7 == 0 ? InquiryKind.QUESTIONING : InquiryKind.INQUIRY;
            InquiryView i = inquiries.ask(Store.COUNTY, new Inquiries.NewInquiry(asker.id, kind, UNITS[s % UNITS.length],
                    "群众反映的联系村道路维修问题何时落实？", plan.inquiry(s)), today);
            inquiries.answer(Store.COUNTY, i.id, new Inquiries.Answer("已列入本年度维修计划，年内完成。", plan.inquiry(s).plusDays(15), i.version), today);
        }
    }

    private void visit(StudioView studio, List<DelegateView> list, DutyKind kind, LocalDate on, Set<String> held,
            java.util.function.IntPredicate takesPart, String subject, String report, LocalDate today) {
        if (held.contains(kind + "@" + on)) {
            return;
        }
        List<Long> present = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            if (takesPart.test(k)) {
                present.add(list.get(k).id);
            }
        }
        duties.record(Store.COUNTY, new Duties.NewDuty(kind, studio.id, on, subject, report, present), today);
    }

    /** Four important meetings of the city committee, ten delegates attending each, in turn through the studios. */
    private void meetings(List<List<DelegateView>> byStudio, DemoPlan plan, LocalDate today) {
        Set<LocalDate> held = new HashSet<>();
        Pages.each("id", Duties.SORTABLE, p -> duties.list(Store.COUNTY, DutyKind.MEETING, null, null, plan.year(), p), d -> held.add(d.heldOn));
        List<Long> all = new ArrayList<>();
        for (int k = 0; all.size() < DemoPlan.MEETINGS * DemoPlan.PER_MEETING; k++) {
            for (List<DelegateView> studio : byStudio) {
                if (k + 3 < studio.size() && all.size() < DemoPlan.MEETINGS * DemoPlan.PER_MEETING) {
                    all.add(studio.get(k + 3).id);
                }
            }
        }
        for (int m = 0; m < DemoPlan.MEETINGS; m++) {
            if (!held.contains(plan.meeting(m))) {
                duties.record(Store.COUNTY, new Duties.NewDuty(DutyKind.MEETING, null, plan.meeting(m), m % 3 == 0 ? "市委全体会议" : "市委常委会扩大会议",
                        null, all.subList(m * DemoPlan.PER_MEETING, (m + 1) * DemoPlan.PER_MEETING)), today);
            }
        }
    }

    /** Places 0 and 1 of each studio file one each; assigned, answered and closed as the plan says. */
    private void proposalsOf(int s, List<DelegateView> list, DemoPlan plan, LocalDate today) {
        for (int n = 0; n < DemoPlan.PROPOSALS_PER_STUDIO; n++) {
            long delegateId = list.get(n).id;
            List<ProposalView> filed = proposals.list(Store.COUNTY, delegateId, null, plan.year(), PageRequest.first(1)).items();
            int topic = (s * 2 + n) % TOPICS.length;
            ProposalView p = filed.isEmpty()
                    ? proposals.file(Store.COUNTY, new Proposals.NewProposal(delegateId, n == 0 ? ProposalKind.PROPOSAL : ProposalKind.SUGGESTION,
                            TOPICS[topic], TOPICS[topic].replace("关于", "建议"), plan.proposalFiled(s)), today)
                    : filed.get(0);
            if (p.status == ProposalStatus.FILED) {
                p = proposals.assign(Store.COUNTY, p.id, new Proposals.Assignment(UNITS[topic], plan.proposalDeadline(s), plan.proposalAssigned(s),
                        p.version), today);
            }
            if (p.status == ProposalStatus.ASSIGNED && DemoPlan.answered(s)) {
                p = proposals.answer(Store.COUNTY, p.id, new Proposals.Answer("已研究落实，书面答复代表。", plan.proposalAnswered(s), p.version), today);
            }
            if (p.status == ProposalStatus.ANSWERED) {
                proposals.satisfaction(Store.COUNTY, p.id, new Proposals.Verdict(DemoPlan.satisfaction(s, n), null, plan.proposalAnswered(s)
                        .plusDays(10), p.version), today);
            }
        }
    }

    private void evaluate(StudioView studio, List<DelegateView> list, DemoPlan plan, LocalDate today) {
        if (evaluations.list(Store.COUNTY, plan.year(), studio.id, null, PageRequest.first(1)).total() > 0) {
            return;
        }
        List<Evaluations.Vote> votes = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            votes.add(new Evaluations.Vote(list.get(k).id, DemoPlan.satisfiedVotes(k), DemoPlan.VOTES));
        }
        evaluations.evaluate(Store.COUNTY, new Evaluations.Meeting(studio.id, plan.year(), plan.evaluatedOn(today), votes), today);
    }

    private static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }
}
