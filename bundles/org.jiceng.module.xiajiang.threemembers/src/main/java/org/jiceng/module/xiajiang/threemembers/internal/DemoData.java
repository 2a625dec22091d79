package org.jiceng.module.xiajiang.threemembers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Designation;
import org.jiceng.cadre.DesignationType;
import org.jiceng.checklist.Answer;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reproduces the year the seed reports for 峡江 (last year here): 27 weak organ branches, 50 two-new
 * organizations and 7 domains; 92 dispatched, 54 of them 改非 cadres; monthly supervision, quarterly
 * meetings, feedback and rectification; 54 of the 77 branches upgraded (one from two to five stars),
 * 13 "six goods"; the year-end assessment. Loaded through the module's own services and the core API
 * by the core's demo loader when the demo profile is on.
 *
 * <p>Resumable: a run cut short (the module uninstalled while it loads) is completed by the next one
 * with the same figures, and the core does not run a completed one again. Every step writes only
 * what is missing: organizations and targets once the year has no target yet; candidates and
 * dispatches per person (in an order fixed by the registry, not by when a designation was added),
 * unless the year's dispatches are all there; letters not issued yet; supervisions, meetings and
 * feedback not recorded yet, problems taken on from where they stand; targets not rated yet; the
 * assessment unless every dispatch has its grade.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final String COUNTY = Vocabulary.COUNTY;
    static final int ORGAN_BRANCHES = 27;
    static final int TWO_NEW = 50;
    static final int DISPATCHED = 92;
    static final int NON_LEADING = 54;
    static final int UPGRADED = 54;
    static final int SIX_GOODS = 13;
    static final int SUPERVISORS = 15;
    private static final String[] ORGAN_UNITS = {"县水利局", "县疾病预防控制中心", "县教育体育局", "县民政局", "县人力资源和社会保障局", "县自然资源局",
            "县林业局", "县商务局", "县统计局", "县审计局", "县文化广电新闻出版旅游局", "县公安局", "县司法局", "县医疗保障局", "县退役军人事务局",
            "县城市管理局", "县发展和改革委员会", "县工业和信息化局", "县信访局", "县乡村振兴局", "县公路分局", "县人民法院", "县人民检察院", "县农机服务中心",
            "县税务局", "县委统战部", "县委党校"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Targets targets;
    private final Selection selection;
    private final Operation operation;
    private final Assessment assessment;
    private final OrganizationService organizations;
    private final MemberService members;
    private final CadreService cadres;
    private final ProblemService problems;

    @Activate
    public DemoData(@Reference Store store, @Reference Targets targets, @Reference Selection selection, @Reference Operation operation,
            @Reference Assessment assessment, @Reference OrganizationService organizations, @Reference MemberService members,
            @Reference CadreService cadres, @Reference ProblemService problems) {
        this.store = store;
        this.targets = targets;
        this.selection = selection;
        this.operation = operation;
        this.assessment = assessment;
        this.organizations = organizations;
        this.members = members;
        this.cadres = cadres;
        this.problems = problems;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (store.jurisdictions().find(COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        load(LocalDate.now().getYear() - 1, LocalDate.now(), run);
        logger.info("Demo data of {} loaded in {} ms", Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000);
    }

    void load(int year, LocalDate today, DemoDataRun run) {
        if (targets.list(COUNTY, year, null, null, null, PageRequest.first(1)).total() == 0) {
            // One unit: the targets are derived in one transaction once the organizations are there.
            ensureOrganizations();
            run.throwIfCancelled();
            targets.derive(COUNTY, year);
        }
        run.throwIfCancelled();
        LocalDate start = LocalDate.of(year, 3, 1);
        List<TargetView> commissionerTargets = allTargets(year, MemberRole.COMMISSIONER);
        List<TargetView> instructorTargets = allTargets(year, MemberRole.INSTRUCTOR);
        List<TargetView> domainTargets = allTargets(year, MemberRole.SUPERVISOR);
        int planned = commissionerTargets.size() + SUPERVISORS + instructorTargets.size();
        List<DispatchView> dispatched = dispatches(year);
        if (dispatched.size() < planned) {
            dispatched = select(year, today, start, commissionerTargets, instructorTargets, domainTargets, run);
        }
        run.throwIfCancelled();
        for (DispatchView d : dispatched) {
            if (d.appointmentNo == null) {
                selection.issueAppointment(COUNTY, d.id, start, d.version);
            }
        }
        run.throwIfCancelled();
        supervise(dispatched, year, run);
        run.throwIfCancelled();
        meetings(dispatched, year);
        feedback(dispatched, year, run);
        run.throwIfCancelled();
        rate(commissionerTargets, instructorTargets, run);
        run.throwIfCancelled();
        if (dispatches(year).stream().anyMatch(d -> d.assessmentGrade == null)) {
            assess(dispatched, year);
        }
    }

    /**
     * The candidates and their dispatches: 改非 cadres first, all commissioners, all supervisors, then
     * the rest of them as instructors. A person already a candidate, or a candidate already sent, is
     * taken as is; returns the dispatches in the order sent.
     */
    private List<DispatchView> select(int year, LocalDate today, LocalDate start, List<TargetView> commissionerTargets,
            List<TargetView> instructorTargets, List<TargetView> domainTargets, DemoDataRun run) {
        List<Member> people = people(today);
        run.throwIfCancelled();
        Map<Long, CandidateView> existing = new HashMap<>();
        Pages.each(null, Set.of(), page -> selection.candidates(COUNTY, year, null, page), c -> existing.put(c.memberId(), c));
        List<CandidateView> candidates = new ArrayList<>();
        for (Member m : people) {
            run.throwIfCancelled();
            CandidateView c = existing.get(m.id());
            candidates.add(c != null ? c : selection.addCandidate(COUNTY, candidate(m, year), today));
        }
        // An order the registry fixes, so a resumed run sends everyone where an uninterrupted one would:
        // 改非 cadres first, the county's own members (latest first, the organs' after the committee's) before those below.
        candidates.sort(Comparator.comparing((CandidateView c) -> !c.nonLeading()).thenComparing(c -> !COUNTY.equals(c.jurisdictionCode()))
                .thenComparingLong(c -> COUNTY.equals(c.jurisdictionCode()) ? -c.memberId() : c.memberId()));
        Map<Long, DispatchView> sent = new HashMap<>();
        dispatches(year).forEach(d -> sent.put(d.candidateId, d));
        List<DispatchView> dispatched = new ArrayList<>();
        int next = 0;
        for (TargetView t : commissionerTargets) {
            run.throwIfCancelled();
            dispatched.add(dispatch(sent, candidates.get(next++), t, SelectionChannel.APPLICATION_WITH_RECOMMENDATION, start));
        }
        for (int i = 0; i < SUPERVISORS; i++) {
            run.throwIfCancelled();
            dispatched.add(dispatch(sent, candidates.get(next++), domainTargets.get(i % domainTargets.size()),
                    SelectionChannel.APPLICATION_WITH_RECOMMENDATION, start));
        }
        for (int i = 0; i < instructorTargets.size(); i++) {
            run.throwIfCancelled();
            dispatched.add(dispatch(sent, candidates.get(next++), instructorTargets.get(i),
                    i % 3 == 0 ? SelectionChannel.SOCIAL_RECRUITMENT : SelectionChannel.UNIFIED_DISPATCH, start));
        }
        return dispatched;
    }

    /** The year's dispatches in the order sent. */
    private List<DispatchView> dispatches(int year) {
        return Pages.all("id", Set.of("id"), page -> selection.dispatches(COUNTY, year, null, null, null, page));
    }

    /** Adds weak organ branches and low-rated two-new organizations until the county has the seed's numbers. */
    private void ensureOrganizations() {
        PartyOrganization committee = first(query(OrganizationField.ORGAN, OrganizationType.COMMITTEE));
        int organs = 0;
        int twoNew = 0;
        Set<String> names = new HashSet<>();
        for (PartyOrganization o : all(OrganizationQuery.inJurisdiction(COUNTY))) {
            names.add(o.name());
            var role = Rules.roleFor(o, COUNTY.equals(o.jurisdictionCode()), 3);
            organs += role.filter(r -> r == MemberRole.COMMISSIONER).isPresent() ? 1 : 0;
            twoNew += role.filter(r -> r == MemberRole.INSTRUCTOR).isPresent() ? 1 : 0;
        }
        for (int i = 0; organs < ORGAN_BRANCHES && i < ORGAN_UNITS.length; i++) {
            String name = "峡江" + ORGAN_UNITS[i] + "机关党支部";
            if (names.add(name)) {
                create(name, OrganizationType.BRANCH, OrganizationField.ORGAN, committee,
                        i % 3 == 0 ? OrganizationStatus.WEAK_LAX : OrganizationStatus.BACKWARD,
                        1 + i % 2);
                organs++;
            }
        }
        String[] numbers = "一二三四五六七八九十".split("");
        for (int i = 0; twoNew < TWO_NEW; i++) {
            boolean park = i < 10;
            String name = park ? "峡江县工业园区第" + numbers[i] + "非公联合党支部" : "峡江县" + (i % 4 == 0 ? "社会组织第" + (i - 9) + "联合党支部" : "非公企业第" + (i - 9) + "党支部");
            boolean social = !park && i % 4 == 0;
            if (names.add(name)) {
                // 第六非公联合党支部 is the seed's example: two stars before its instructor came.
                int stars = name.contains("第六非公") ? 2 : 1 + i % 3;
                create(name, park ? OrganizationType.JOINT_BRANCH : OrganizationType.BRANCH,
                        social ? OrganizationField.SOCIAL_ORGANIZATION : OrganizationField.NON_PUBLIC_ENTERPRISE, committee,
                        i % 5 == 0 ? OrganizationStatus.WEAK_LAX : OrganizationStatus.NORMAL, stars);
                twoNew++;
            }
        }
    }

    private void create(String name, OrganizationType type, OrganizationField field, PartyOrganization parent, OrganizationStatus status, int stars) {
        PartyOrganization o = PartyOrganization.builder()
                .name(name)
                .type(type)
                .field(field)
                .parentId(parent.id())
                .jurisdictionCode(COUNTY)
                .termStart(LocalDate.now().minusYears(1))
                .termEnd(LocalDate.now().plusYears(2))
                .status(status)
                .starRating(stars)
                .build();
        organizations.create(o);
    }

    /** 92 full members of the county, county-level ones (organs) first, those on the 改非 list before the others; 54 of them on it. */
    private List<Member> people(LocalDate today) {
        Set<Long> designated = new HashSet<>();
        Pages.each(null, Set.of(), page -> cadres.designated(COUNTY, DesignationType.NON_LEADING, today, page), d -> designated.add(d.memberId()));
        MemberQuery q = new MemberQuery(COUNTY, null, MemberStage.FULL, null, null, null);
        List<Member> county = new ArrayList<>();
        List<Member> below = new ArrayList<>();
        Pages.each("id", MemberService.SORTABLE, page -> members.find(q, page),
                m -> (COUNTY.equals(m.jurisdictionCode()) ? county : below).add(m));
        // The organs' members come after the county committee's: take them from the last one backwards,
        // so the committee's own members stay untouched.
        java.util.Collections.reverse(county);
        List<Member> ordered = new ArrayList<>();
        county.stream().filter(m -> designated.contains(m.id())).forEach(ordered::add);
        county.stream().filter(m -> !designated.contains(m.id())).forEach(ordered::add);
        below.stream().filter(m -> designated.contains(m.id())).forEach(ordered::add);
        below.stream().filter(m -> !designated.contains(m.id())).forEach(ordered::add);
        List<Member> chosen = ordered.subList(0, DISPATCHED);
        int nonLeading = (int) chosen.stream().filter(m -> designated.contains(m.id())).count();
        for (Member m : chosen) {
            if (nonLeading >= NON_LEADING) {
                break;
            }
            if (!designated.contains(m.id())) {
                cadres.addDesignation(m.id(),
                        new Designation(null, m.id(), DesignationType.NON_LEADING, today.minusYears(2), null, "改任非领导职务", null));
                designated.add(m.id());
                nonLeading++;
            }
        }
        return chosen;
    }

    private static CandidateInput candidate(Member m, int year) {
        CandidateInput in = new CandidateInput();
        in.year = year;
        in.memberId = m.id();
        in.fullMember = condition("党籍档案：中共正式党员");
        in.partyExperience = condition("曾任支部书记或党务干部");
        in.soundConduct = condition("组织考察：作风正派，组织协调能力较强");
        in.fitToWork = condition("体检报告：身体健康");
        in.personConsultedOn = LocalDate.of(year, 1, 10);
        in.personOpinion = "本人同意";
        in.unitConsultedOn = LocalDate.of(year, 1, 12);
        in.unitOpinion = "单位同意";
        in.trainingCompletedOn = LocalDate.of(year, 2, 20);
        in.trainingPassed = true;
        in.trainingNote = "岗前集中培训合格";
        return in;
    }

    private static CandidateInput.Condition condition(String evidence) {
        CandidateInput.Condition c = new CandidateInput.Condition();
        c.met = true;
        c.evidence = evidence;
        return c;
    }

    private DispatchView dispatch(Map<Long, DispatchView> sent, CandidateView c, TargetView t, SelectionChannel channel, LocalDate start) {
        if (sent.containsKey(c.id())) {
            return sent.get(c.id());
        }
        Selection.DispatchInput in = new Selection.DispatchInput();
        in.candidateId = c.id();
        in.targetId = t.id();
        in.channel = channel;
        in.startDate = start;
        return selection.dispatch(COUNTY, in);
    }

    /** Every supervisor every month from March to December, over the commissioners and instructors of the domain. */
    private void supervise(List<DispatchView> dispatched, int year, DemoDataRun run) {
        for (DispatchView s : dispatched) {
            if (s.role != MemberRole.SUPERVISOR) {
                continue;
            }
            run.throwIfCancelled();
            Set<String> held = new HashSet<>();
            operation.supervisions(COUNTY, year, s.id).forEach(v -> held.add(v.month()));
            List<Long> overseen = dispatched.stream().filter(d -> d.role != MemberRole.SUPERVISOR && d.domain == s.domain).limit(3).map(d -> d.id)
                    .toList();
            for (int month = 3; month <= 12; month++) {
                if (held.contains(String.format("%d-%02d", year, month))) {
                    continue;
                }
                Operation.SupervisionInput in = new Operation.SupervisionInput();
                in.month = String.format("%d-%02d", year, month);
                in.heldOn = LocalDate.of(year, month, 20);
                in.findings = s.domain.zh() + "领域督导：组织生活制度落实情况检查";
                in.overseenDispatchIds = overseen;
                operation.recordSupervision(COUNTY, s.id, in, in.heldOn);
            }
        }
    }

    private void meetings(List<DispatchView> dispatched, int year) {
        List<Long> attendees = dispatched.stream().filter(d -> d.role == MemberRole.SUPERVISOR).map(d -> d.id).toList();
        Set<Integer> held = new HashSet<>();
        operation.meetings(COUNTY, year).forEach(m -> held.add(m.quarter()));
        for (int q = 1; q <= 4; q++) {
            if (held.contains(q)) {
                continue;
            }
            Operation.MeetingInput in = new Operation.MeetingInput();
            in.year = year;
            in.quarter = q;
            in.heldOn = LocalDate.of(year, q * 3, 28);
            in.attendeeDispatchIds = attendees;
            in.minutes = "第" + q + "季度党建\"三员\"工作汇报会：各监督员汇报督导情况";
            in.decisions = "针对突出问题制定整改举措";
            operation.recordMeeting(COUNTY, in, in.heldOn);
        }
    }

    /** 30 problems fed back by commissioners and instructors; 26 rectified in the core engine. */
    private void feedback(List<DispatchView> dispatched, int year, DemoDataRun run) {
        List<DispatchView> serving = dispatched.stream().filter(d -> d.role != MemberRole.SUPERVISOR).limit(30).toList();
        LocalDate found = LocalDate.of(year, 5, 10);
        for (int i = 0; i < serving.size(); i++) {
            run.throwIfCancelled();
            List<FeedbackView> given = operation.feedbackList(COUNTY, year, serving.get(i).id);
            if (!given.isEmpty()) {
                if (i < 26) {
                    rectify(given.get(0).problemId(), year);
                }
                continue;
            }
            Operation.FeedbackInput in = new Operation.FeedbackInput();
            in.category = i % 2 == 0 ? "党员发展流程" : "组织生活";
            in.severity = i % 5 == 0 ? ProblemSeverity.HIGH : ProblemSeverity.MEDIUM;
            in.description = i % 2 == 0 ? "党员发展流程不规范" : "\"三会一课\"记录不全";
            in.foundOn = found;
            in.deadline = LocalDate.of(year, 7, 10);
            FeedbackView f = operation.feedback(COUNTY, serving.get(i).id, in, found);
            if (i < 26) {
                rectify(f.problemId(), year);
            }
        }
    }

    /** Takes a problem fed back through the steps it has not had yet: a plan filed, then rectified. */
    private void rectify(long problemId, int year) {
        Problem p = problems.get(problemId);
        if (p.status() == ProblemStatus.FOUND) {
            p = problems.filePlan(p.id(), "限期整改", "支部书记", "支部书记", LocalDate.of(year, 5, 20), p.version());
        }
        if (!p.status().isRectified()) {
            problems.markRectified(p.id(), "已整改到位", "支部书记", LocalDate.of(year, 6, 30), p.version());
        }
    }

    /** 54 of the 77 branches one star up (第六非公联合党支部 from two to five), 13 of them "six goods". */
    private void rate(List<TargetView> commissionerTargets, List<TargetView> instructorTargets, DemoDataRun run) {
        List<TargetView> branches = new ArrayList<>(commissionerTargets);
        branches.addAll(instructorTargets);
        int upgraded = 0;
        int sixGoods = 0;
        for (TargetView t : branches) {
            boolean up = upgraded < UPGRADED;
            int before = t.starsBefore() == null ? 1 : t.starsBefore();
            int after = !up ? before : t.name().contains("第六非公") ? 5 : Math.min(5, before + 1);
            if (up && after == before) {
                after = before; // a five-star branch cannot go up: counted among the others
                up = false;
            }
            run.throwIfCancelled();
            TargetView now = targets.get(COUNTY, t.id());
            if (now.starsAfter() == null) {
                targets.rate(COUNTY, t.id(), after, now.version());
            }
            if (up) {
                upgraded++;
                if (sixGoods < SIX_GOODS) {
                    if (!now.sixGoods()) {
                        targets.evaluateSixGoods(COUNTY, t.id(), Store.COUNTY_OFFICE, sixGoodsAnswers());
                    }
                    sixGoods++;
                }
            }
        }
    }

    static List<Answer> sixGoodsAnswers() {
        List<Answer> answers = new ArrayList<>();
        for (String key : List.of("team", "members", "mechanism", "venue", "conduct", "results")) {
            answers.add(new Answer(key, null, BigDecimal.valueOf(9), "县委组织部验收", null));
        }
        return answers;
    }

    private void assess(List<DispatchView> dispatched, int year) {
        List<Assessment.Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < dispatched.size(); i++) {
            double score = i % 9 == 0 ? 95 : i == 40 || i == 80 ? 50 : 82;
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("on-post", score);
            values.put("work", score);
            values.put("results", score);
            sheets.add(new Assessment.Sheet(dispatched.get(i).id, values));
        }
        assessment.assess(COUNTY, year, sheets);
    }

    private List<TargetView> allTargets(int year, MemberRole role) {
        return targets.list(COUNTY, year, role, null, null, PageRequest.of(0, PageRequest.MAX_SIZE, "id", Targets.SORTABLE)).items();
    }

    private OrganizationQuery query(OrganizationField field, OrganizationType type) {
        return new OrganizationQuery(COUNTY, field, null, type, null, null, null);
    }

    private PartyOrganization first(OrganizationQuery q) {
        return organizations.find(q, PageRequest.of(0, 1, "id", OrganizationService.SORTABLE)).items().get(0);
    }

    private List<PartyOrganization> all(OrganizationQuery q) {
        return Pages.all("id", OrganizationService.SORTABLE, page -> organizations.find(q, page));
    }
}
