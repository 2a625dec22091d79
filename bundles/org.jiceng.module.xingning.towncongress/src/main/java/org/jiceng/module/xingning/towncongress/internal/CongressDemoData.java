package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * attended and filed 51 proposals, all handled and answered; the delegates present evaluated the
 * committees. Recent leadership joint meetings in two thirds of the villages.
 *
 * <p>Everything goes through the services users call, as a town's secretariat entering the paper
 * records after the session would: the delegates registered from the election result, the session
 * convened with its notice date, the roll taken, the reports voted on, proposals filed, the paper
 * ballots entered, the session closed on its last day, then each proposal accepted, assigned,
 * handled and answered on the day it happened. So the figures are what the rules make of the
 * records (attendance from the roll, adoption from the votes, the handling on the problems engine),
 * never totals or end states written in. It runs as the caller the core's demo loader binds (the
 * system account), which the records name as their author.
 *
 * <p>Loaded by the core's demo loader when the demo profile is on and the module's tables are empty.
 * Each service call is its own transaction (a town's delegates and its ballots are one each): a
 * cancel is honoured between towns only, so a module stop leaves whole towns; a crash inside a town
 * leaves that town's session where it stopped, as a session being entered would be. The first
 * record written, a joint meeting, lies in the tables the guard counts, so a rerun never loads
 * anything twice.
 */
@Component
public class CongressDemoData implements DemoDataContributor {
    static final String COUNTY = "441481";
    static final int YEAR = 2017;
    /** The seed's figures: 17 towns, 2005 delegates attending, 51 proposals. */
    static final int ATTENDING = 2005;
    static final int PROPOSALS_PER_TOWN = 3;
    /** The delegates elected in 2016 serve the five-year term 2016–2020. */
    static final int TERM_START = 2016;
    static final int TERM_END = 2020;

    private static final String[] TOPICS = {"关于加快村道硬化建设的提案", "关于加强农村垃圾集中处理的提案", "关于完善村级党群服务中心功能的提案",
            "关于扶持特色种养产业发展的提案", "关于加强农田水利设施维护的提案", "关于改善镇区交通秩序的提案", "关于加强留守儿童关爱服务的提案",
            "关于推进农村饮水安全工程的提案"};
    private static final String[] UNITS = {"镇农业办", "镇规划建设办", "镇社会事务办", "镇党政办", "镇经济发展办"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚华建国志红文斌云飞玉兰海燕春梅宏德胜庆新民";
    private static final String[] SUBJECTS = {"镇党委", "镇纪委", "党委书记"};
    private static final SubjectType[] SUBJECT_TYPES = {SubjectType.PARTY_COMMITTEE, SubjectType.DISCIPLINE_COMMITTEE, SubjectType.COMMITTEE_MEMBER};

    private final Logger logger = LoggerFactory.getLogger(CongressDemoData.class);
    private final CongressStore store;
    private final MemberService members;
    private final Delegates delegates;
    private final Sessions sessions;
    private final Proposals proposals;
    private final Evaluations evaluations;
    private final JointMeetings meetings;
    private final Elections elections;

    @Activate
    public CongressDemoData(@Reference CongressStore store, @Reference MemberService members, @Reference Delegates delegates,
            @Reference Sessions sessions, @Reference Proposals proposals, @Reference Evaluations evaluations, @Reference JointMeetings meetings,
            @Reference Elections elections) {
        this.store = store;
        this.members = members;
        this.delegates = delegates;
        this.sessions = sessions;
        this.proposals = proposals;
        this.evaluations = evaluations;
        this.meetings = meetings;
        this.elections = elections;
    }

    @Override
    public String moduleId() {
        return CongressStore.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (store.jurisdictions().find(COUNTY).isEmpty() || hasRecords()) {
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(run.seed());
        recentLeadershipMeetings(random, LocalDate.now());
        List<Jurisdiction> towns = delegates.jurisdictionsOf(COUNTY, JurisdictionLevel.TOWNSHIP);
        int[] present = attendance(towns.size());
        for (int t = 0; t < towns.size(); t++) {
            run.throwIfCancelled();
            new TownSession(towns.get(t), t, present[t], random).hold();
        }
        logger.info("Demo data of {} loaded in {} ms", CongressStore.MODULE_ID, (System.nanoTime() - start) / 1_000_000);
    }

    /** Whether the module holds anything a first step of the demo writes (a user's or an earlier run's): then it loads nothing. */
    private boolean hasRecords() {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(m) FROM JointMeetingEntity m", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(d) FROM DelegateEntity d", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(s) FROM SessionEntity s", Long.class).getSingleResult()) > 0;
    }

    /** Attending delegates per town summing to the seed's 2005. */
    static int[] attendance(int towns) {
        int[] present = new int[towns];
        for (int i = 0; i < towns; i++) {
            present[i] = ATTENDING / towns + (i < ATTENDING % towns ? 1 : 0);
        }
        return present;
    }

    /** One town's 2017 session, from electing its delegates to answering its proposals. */
    private final class TownSession {
        private final Jurisdiction town;
        private final int index;
        private final int present;
        private final Random random;
        private final LocalDate convenedOn;
        private final int halfDays;
        private final LocalDate lastDay;

        TownSession(Jurisdiction town, int index, int present, Random random) {
            this.town = town;
            this.index = index;
            this.present = present;
            this.random = random;
            this.convenedOn = LocalDate.of(YEAR, 1, 6 + index);
            this.halfDays = index % 2 == 0 ? 2 : 3;
            this.lastDay = CongressRules.lastDay(convenedOn, halfDays);
        }

        void hold() {
            // A few delegates of every town are away: the roll, not a figure, says who attended.
            List<Long> elected = electDelegates(present + 3 + index % 4);
            Views.Session s = sessions.convene(COUNTY, new Sessions.NewSession(town.code(), YEAR, "中共" + town.name() + "第十六届党代表大会第二次年会",
                    convenedOn, CongressRules.days(halfDays), town.name() + "政府大会堂", convenedOn.plusDays(3), null, convenedOn.minusDays(10)));
            s = sessions.recordAttendance(COUNTY, s.id(), roll(elected, s.version()));
            if (index % 3 == 0) {
                byElection(s.id(), elected);
            }
            List<Views.Proposal> filed = List.of();
            for (Views.AgendaItem item : s.agenda()) {
                if (item.type() == AgendaItemType.PROPOSALS) {
                    filed = fileProposals(s.id(), elected);
                } else if (item.type() == AgendaItemType.EVALUATION) {
                    castBallots(s.id(), elected);
                }
                sessions.completeItem(COUNTY, s.id(), item.id(), outcome(item));
            }
            sessions.close(COUNTY, s.id(), new Sessions.Closing(sessions.get(COUNTY, s.id()).version(), lastDay));
            for (int p = 0; p < filed.size(); p++) {
                answer(filed.get(p), p);
            }
        }

        /** The town's delegates for the term: its registry members first, then name-only delegates (a congress has more). */
        private List<Long> electDelegates(int count) {
            List<Member> registry = townMembers(town.code(), count);
            List<Jurisdiction> villages = delegates.jurisdictionsOf(town.code(), JurisdictionLevel.VILLAGE);
            List<Delegates.NewDelegate> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Long memberId = i < registry.size() ? registry.get(i).id() : null;
                String name = memberId != null
                        ? null
                        : "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                                + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
                String constituency = villages.isEmpty() || i % 5 == 0 ? "镇直机关代表团" : villages.get(i % villages.size()).name() + "代表组";
                list.add(new Delegates.NewDelegate(town.code(), memberId, name, constituency, TERM_START, TERM_END));
            }
            List<Long> ids = new ArrayList<>();
            delegates.createAll(COUNTY, list).forEach(d -> ids.add(d.id()));
            return ids;
        }

        /**
         * Every third town fills a vacant seat of its Party committee (补选): two delegates stand, and
         * the secretariat enters the count of the paper ballots — most for the first, a spoiled one
         * in every other town. Counting completes the agenda item the election added.
         */
        private void byElection(long sessionId, List<Long> elected) {
            List<Elections.NewCandidate> standing = new ArrayList<>();
            for (long delegateId : elected.subList(3, 5)) {
                Views.Delegate d = delegates.get(COUNTY, delegateId);
                standing.add(new Elections.NewCandidate(d.name() != null ? d.name() : members.get(d.memberId()).name(), d.memberId()));
            }
            Views.Election e = elections.create(COUNTY, sessionId, new Elections.NewElection(ElectionKind.PARTY_COMMITTEE_BY_ELECTION, 1, standing));
            int invalid = index % 2;
            int first = present * 4 / 5;
            elections.count(COUNTY, e.id(), new Elections.Count(present, invalid,
                    List.of(new Elections.CandidateVotes(e.candidates().get(0).id(), first),
                            new Elections.CandidateVotes(e.candidates().get(1).id(), present - invalid - first)),
                    "大会选举，当场唱票、计票，监票人监督", e.version()));
        }

        /** The first {@code present} delegates elected attend, the others are excused. */
        private Sessions.Roll roll(List<Long> elected, long version) {
            List<Sessions.RollEntry> entries = new ArrayList<>();
            for (int i = 0; i < elected.size(); i++) {
                boolean attends = i < present;
                entries.add(new Sessions.RollEntry(elected.get(i), attends, attends ? null : i % 2 == 0 ? "因病请假" : "因公请假"));
            }
            return new Sessions.Roll(entries, version);
        }

        /** The two work reports are voted on (a few abstain); the other items are heard or done. */
        private Sessions.ItemOutcome outcome(Views.AgendaItem item) {
            return switch (item.type()) {
                case COMMITTEE_WORK_REPORT, DISCIPLINE_WORK_REPORT -> new Sessions.ItemOutcome("审查通过" + item.title().substring(5),
                        present - index % 3, 0, index % 3, item.version());
                case PROPOSALS -> new Sessions.ItemOutcome("代表提出提案" + PROPOSALS_PER_TOWN + "件", null, null, null, item.version());
                case EVALUATION -> new Sessions.ItemOutcome("收回测评票" + present + "张", null, null, null, item.version());
                default -> new Sessions.ItemOutcome("已完成", null, null, null, item.version());
            };
        }

        /** Each proposal led by one delegate with two co-signers, filed on the session's first day. */
        private List<Views.Proposal> fileProposals(long sessionId, List<Long> elected) {
            List<Views.Proposal> filed = new ArrayList<>();
            for (int p = 0; p < PROPOSALS_PER_TOWN; p++) {
                String title = TOPICS[(index + p * 3) % TOPICS.length];
                int lead = p * 7;
                filed.add(proposals.file(COUNTY, sessionId, new Proposals.NewProposal(title, title.replace("关于", "建议").replace("的提案", "。"),
                        elected.get(lead), List.of(elected.get(lead + 1), elected.get(lead + 2)), convenedOn)));
            }
            return filed;
        }

        /** One secret ballot from every delegate present: mostly satisfied, a few basically, rarely not. */
        private void castBallots(long sessionId, List<Long> elected) {
            List<Evaluations.Ballot> ballots = new ArrayList<>();
            for (int i = 0; i < present; i++) {
                List<Evaluations.BallotRating> ratings = new ArrayList<>();
                for (int k = 0; k < SUBJECTS.length; k++) {
                    int roll = random.nextInt(100);
                    Rating rating = roll < 86 ? Rating.SATISFIED : roll < 98 ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
                    ratings.add(new Evaluations.BallotRating(SUBJECT_TYPES[k], SUBJECTS[k], rating));
                }
                ballots.add(new Evaluations.Ballot(elected.get(i), ratings));
            }
            evaluations.castBallots(COUNTY, sessionId, ballots);
        }

        /** Accepted, handed to a unit a week after the session, handled within four months, answered ten days later. */
        private void answer(Views.Proposal p, int n) {
            p = proposals.accept(COUNTY, p.id(), new Proposals.Acceptance(ProposalKind.PROPOSAL, p.version()));
            p = proposals.assign(COUNTY, p.id(), new Proposals.Assignment(UNITS[(index + n) % UNITS.length], convenedOn.plusMonths(6),
                    lastDay.plusDays(7), p.version()));
            LocalDate handledOn = convenedOn.plusMonths(4);
            p = proposals.handle(COUNTY, p.id(), new Proposals.Handling("已列入年度工作计划并组织实施", handledOn, p.version()));
            Rating satisfaction = n == 2 && index % 4 == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED;
            proposals.reply(COUNTY, p.id(), new Proposals.Reply("已书面答复代表", satisfaction, handledOn.plusDays(10), p.version()));
        }
    }

    private List<Member> townMembers(String townCode, int limit) {
        MemberQuery q = MemberQuery.inJurisdiction(townCode);
        return members.find(q, PageRequest.of(0, Math.min(limit, PageRequest.MAX_SIZE), "id", MemberService.SORTABLE)).items();
    }

    /** A leadership joint meeting in the last two weeks in two of every three villages, so the overdue view has both kinds. */
    private void recentLeadershipMeetings(Random random, LocalDate today) {
        List<Jurisdiction> villages = delegates.jurisdictionsOf(COUNTY, JurisdictionLevel.VILLAGE);
        for (int i = 0; i < villages.size(); i++) {
            if (i % 3 == 0) {
                continue;
            }
            Map<AttendeeCategory, Integer> attendees = new EnumMap<>(AttendeeCategory.class);
            attendees.put(AttendeeCategory.PARTY_ORGANIZATION_LEADERSHIP, 3 + random.nextInt(3));
            attendees.put(AttendeeCategory.AUTONOMY_ORGANIZATION_LEADERSHIP, 3 + random.nextInt(3));
            attendees.put(AttendeeCategory.COLLECTIVE_ECONOMY_LEADERSHIP, 1 + random.nextInt(3));
            meetings.record(COUNTY,
                    new JointMeetings.NewMeeting(villages.get(i).code(), MeetingKind.LEADERSHIP, today.minusDays(3 + random.nextInt(9)),
                            "研究本周村务工作", "村党组织书记", attendees, null));
        }
    }
}
