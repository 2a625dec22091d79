package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.persistence.EntityManager;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data of the seed's year (2017): every town of 兴宁 held its annual session, 2005 delegates
 * attended and filed 51 proposals, all handled and answered; the committees were evaluated. Recent
 * leadership joint meetings in two thirds of the villages. Loaded by the core's demo loader when the
 * demo profile is on and the module's tables are empty; every town is its own transaction, so a stop
 * half-way leaves whole towns only.
 */
@Component
public class CongressDemoData implements DemoDataContributor {
    static final String COUNTY = "441481";
    static final int YEAR = 2017;
    /** The seed's figures: 17 towns, 2005 delegates attending, 51 proposals. */
    static final int ATTENDING = 2005;
    static final int PROPOSALS_PER_TOWN = 3;

    private static final String[] TOPICS = {"关于加快村道硬化建设的提案", "关于加强农村垃圾集中处理的提案", "关于完善村级党群服务中心功能的提案",
            "关于扶持特色种养产业发展的提案", "关于加强农田水利设施维护的提案", "关于改善镇区交通秩序的提案", "关于加强留守儿童关爱服务的提案",
            "关于推进农村饮水安全工程的提案"};
    private static final String[] UNITS = {"镇农业办", "镇规划建设办", "镇社会事务办", "镇党政办", "镇经济发展办"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚华建国志红文斌云飞玉兰海燕春梅宏德胜庆新民";

    private final Logger logger = LoggerFactory.getLogger(CongressDemoData.class);
    private final CongressStore store;
    private final MemberService members;
    private final Delegates places;

    @Activate
    public CongressDemoData(@Reference CongressStore store, @Reference MemberService members, @Reference Delegates places) {
        this.store = store;
        this.members = members;
        this.places = places;
    }

    @Override
    public String moduleId() {
        return CongressStore.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (store.jurisdictions().find(COUNTY).isEmpty()) {
            return;
        }
        long existing = store.tx().read(em -> em.createQuery("SELECT COUNT(s) FROM SessionEntity s", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(d) FROM DelegateEntity d", Long.class).getSingleResult());
        if (existing > 0) {
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(run.seed());
        List<Jurisdiction> towns = places.jurisdictionsOf(COUNTY, JurisdictionLevel.TOWNSHIP);
        int[] present = attendance(towns.size());
        loadMeetings(store, places, random);
        for (int t = 0; t < towns.size(); t++) {
            run.throwIfCancelled();
            Jurisdiction town = towns.get(t);
            List<Member> townMembers = members(members, town.getCode(), present[t] + 6);
            List<Jurisdiction> villages = places.jurisdictionsOf(town.getCode(), JurisdictionLevel.VILLAGE);
            int t0 = t;
            store.tx().run(em -> loadTown(em, town, t0, present[t0], townMembers, villages, random));
        }
        logger.info("Demo data of {} loaded in {} ms", CongressStore.MODULE_ID, (System.nanoTime() - start) / 1_000_000);
    }

    /** Attending delegates per town summing to the seed's 2005. */
    static int[] attendance(int towns) {
        int[] present = new int[towns];
        for (int i = 0; i < towns; i++) {
            present[i] = ATTENDING / towns + (i < ATTENDING % towns ? 1 : 0);
        }
        return present;
    }

    private void loadTown(EntityManager em, Jurisdiction town, int index, int present, List<Member> townMembers, List<Jurisdiction> villages,
            Random random) {
        int absent = 3 + index % 4;
        List<DelegateEntity> delegates = new ArrayList<>();
        for (int i = 0; i < present + absent; i++) {
            DelegateEntity d = new DelegateEntity();
            d.townCode = town.getCode();
            // Registry members of the town first; a town congress has more delegates than the demo registry has members there.
            if (i < townMembers.size()) {
                d.memberId = townMembers.get(i).getId();
                d.name = townMembers.get(i).getName();
            } else {
                d.name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length()));
            }
            d.constituency = villages.isEmpty() || i % 5 == 0 ? "镇直机关代表团" : villages.get(i % villages.size()).getName() + "代表组";
            d.termStart = 2016;
            d.termEnd = 2020;
            em.persist(d);
            delegates.add(d);
        }
        em.flush();
        SessionEntity s = new SessionEntity();
        s.townCode = town.getCode();
        s.townName = town.getName();
        s.year = YEAR;
        s.title = "中共" + town.getName() + "第十六届党代表大会第二次年会";
        s.convenedOn = LocalDate.of(YEAR, 1, 6 + index);
        s.halfDays = index % 2 == 0 ? 2 : 3;
        s.venue = town.getName() + "政府大会堂";
        s.peopleCongressOn = s.convenedOn.plusDays(3);
        s.noticeIssuedOn = s.convenedOn.minusDays(10);
        s.delegatesTotal = delegates.size();
        s.presentCount = present;
        s.status = SessionStatus.CLOSED;
        s.closedOn = s.convenedOn.plusDays(s.halfDays > 2 ? 1 : 0);
        s.createdBy = "demo";
        em.persist(s);
        em.flush();
        for (int i = 0; i < delegates.size(); i++) {
            CredentialEntity c = new CredentialEntity();
            c.sessionId = s.id;
            c.delegateId = delegates.get(i).id;
            c.credentialNo = String.format("%s-%d-%03d", s.townCode, YEAR, i + 1);
            c.present = i < present;
            c.absenceReason = i < present ? null : (i % 2 == 0 ? "因病请假" : "因公请假");
            em.persist(c);
        }
        int no = 0;
        for (var e : Sessions.STANDARD_AGENDA) {
            AgendaItemEntity a = Sessions.addItem(em, s, ++no, e.getKey(), e.getValue());
            a.status = ItemStatus.DONE;
            a.doneBy = "demo";
            if (e.getKey() == AgendaItemType.COMMITTEE_WORK_REPORT || e.getKey() == AgendaItemType.DISCIPLINE_WORK_REPORT) {
                a.votesFor = present - index % 3;
                a.votesAgainst = 0;
                a.abstentions = index % 3;
                a.adopted = CongressRules.adopted(a.votesFor, present);
                a.outcome = "审查通过" + e.getValue().substring(5);
            } else {
                a.outcome = e.getKey() == AgendaItemType.PROPOSALS ? "代表提出提案" + PROPOSALS_PER_TOWN + "件" : "已完成";
            }
        }
        for (int p = 0; p < PROPOSALS_PER_TOWN; p++) {
            ProposalEntity pr = new ProposalEntity();
            pr.townCode = s.townCode;
            pr.sessionId = s.id;
            pr.sessionYear = YEAR;
            pr.title = TOPICS[(index + p * 3) % TOPICS.length];
            pr.content = pr.title.replace("关于", "建议").replace("的提案", "。");
            int lead = p * 7;
            pr.leadDelegateId = delegates.get(lead).id;
            pr.cosigners = new ArrayList<>(List.of(delegates.get(lead + 1).id, delegates.get(lead + 2).id));
            pr.kind = ProposalKind.PROPOSAL;
            pr.filedOn = s.convenedOn;
            pr.filedBy = "demo";
            pr.handlingUnit = UNITS[(index + p) % UNITS.length];
            pr.deadline = s.convenedOn.plusMonths(6);
            pr.handlingResult = "已列入年度工作计划并组织实施";
            pr.handledOn = s.convenedOn.plusMonths(4);
            pr.reply = "已书面答复代表";
            pr.repliedOn = pr.handledOn.plusDays(10);
            pr.satisfaction = p == 2 && index % 4 == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED;
            pr.status = ProposalStatus.REPLIED;
            em.persist(pr);
        }
        String[] subjects = {"镇党委", "镇纪委", "党委书记"};
        SubjectType[] types = {SubjectType.PARTY_COMMITTEE, SubjectType.DISCIPLINE_COMMITTEE, SubjectType.COMMITTEE_MEMBER};
        for (int i = 0; i < present; i++) {
            EvaluationVoterEntity v = new EvaluationVoterEntity();
            v.sessionId = s.id;
            v.delegateId = delegates.get(i).id;
            em.persist(v);
            for (int k = 0; k < subjects.length; k++) {
                EvaluationRatingEntity r = new EvaluationRatingEntity();
                r.sessionId = s.id;
                r.subjectType = types[k];
                r.subjectName = subjects[k];
                int roll = random.nextInt(100);
                r.rating = roll < 86 ? Rating.SATISFIED : roll < 98 ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
                em.persist(r);
            }
        }
    }

    private static List<Member> members(MemberService members, String townCode, int limit) {
        MemberQuery q = new MemberQuery();
        q.setJurisdictionCode(townCode);
        Page<Member> page = members.find(q, PageRequest.of(0, Math.min(limit, PageRequest.MAX_SIZE), "id", MemberService.SORTABLE));
        return page.getItems();
    }

    private static void loadMeetings(CongressStore store, Delegates places, Random random) {
        List<Jurisdiction> villages = places.jurisdictionsOf(COUNTY, JurisdictionLevel.VILLAGE);
        LocalDate today = LocalDate.now();
        store.tx().run(em -> {
            for (int i = 0; i < villages.size(); i++) {
                if (i % 3 == 0) {
                    continue;
                }
                JointMeetingEntity m = new JointMeetingEntity();
                m.jurisdictionCode = villages.get(i).getCode();
                m.kind = MeetingKind.LEADERSHIP;
                m.heldOn = today.minusDays(3 + random.nextInt(9));
                m.topic = "研究本周村务工作";
                m.convener = "村党组织书记";
                m.createdBy = "demo";
                m.attendees.put(AttendeeCategory.PARTY_ORGANIZATION_LEADERSHIP, 3 + random.nextInt(3));
                m.attendees.put(AttendeeCategory.AUTONOMY_ORGANIZATION_LEADERSHIP, 3 + random.nextInt(3));
                m.attendees.put(AttendeeCategory.COLLECTIVE_ECONOMY_LEADERSHIP, 1 + random.nextInt(3));
                em.persist(m);
            }
        });
    }
}
