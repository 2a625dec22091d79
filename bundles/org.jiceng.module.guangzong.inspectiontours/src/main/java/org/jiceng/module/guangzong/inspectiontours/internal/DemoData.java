package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.problem.AccountabilityType;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationField;
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
 * 广宗's four rounds of inspection (seed 000) through the module's services and the problems engine,
 * in the last complete year so the figures do not move with the day. The group is 4 inspectors.
 * Round 1 (机动式) inspects every township's Party committee and the villages of the first half of the
 * townships, round 2 (机动式) the other villages and the county organs, round 3 the two-new
 * organizations (机动式) and dissects one township in depth (麻雀式: its committee and its villages);
 * round 4 (跟踪式) follows up every unit with findings. The 872 findings (the seed's "870余个") are
 * spread over the visits of rounds 1–3 (a 麻雀式 visit weighing double), each rectified by its unit
 * on the engine and verified by the follow-up — all rectified. The follow-up finds 19 rectifications
 * of township committees not done (整改落实不到位): reopened, rectified again and verified, with the
 * seed's accountability of township Party secretaries (约谈 3, 函询 8, 诫勉谈话 8) on the engine. All four
 * rounds are closed. The registry's demo has fewer units than the seed's county (its townships,
 * villages, organs and two-new organizations are inspected, as many as there are); the problem count
 * is the seed's. Resumable: inspectors by name, rounds by number, visits by unit and round, findings
 * counted per visit, and each problem taken on from where the engine has it.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int PROBLEMS = 872;
    static final String[] INSPECTORS = {"王振国", "李文杰", "张红梅", "赵建华"};
    /** The seed's accountability of township secretaries over rectification not done: 约谈 3, 函询 8, 诫勉谈话 8. */
    static final int TALKS = 3;
    static final int LETTERS = 8;
    static final int ADMONISHMENTS = 8;
    static final String[][] DESCRIPTIONS = {
            {"党组织书记抓党建第一责任人职责履行不到位,党建工作研究部署少", "党建工作责任清单未细化到人", "述职评议中查摆问题不深入,整改措施不具体"},
            {"班子成员分工不明确,议事决策不规范", "\"两委\"班子团结协作不够,凝聚力不强", "后备干部培养不足,班子年龄结构老化"},
            {"活动场所标识标牌不规范,制度未上墙", "活动场所被挪作他用,党员活动室功能不全", "远程教育设备损坏未及时维修"},
            {"\"三会一课\"记录不全,存在补记现象", "组织生活会流于形式,批评与自我批评不深入", "主题党日活动内容单一,未按月开展"},
            {"无职党员设岗定责未落实,作用发挥不明显", "流动党员联系管理不到位", "党员志愿服务参与率低"},
            {"党费收缴不及时,台账记录不规范", "发展党员程序材料不完整", "村级重大事项\"四议两公开\"执行不到位"}};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Inspectors inspectors;
    private final Rounds rounds;
    private final Visits visits;
    private final Findings findings;
    private final ProblemService problems;
    private final JurisdictionService jurisdictions;
    private final OrganizationService organizations;

    @Activate
    public DemoData(@Reference Store store, @Reference Inspectors inspectors, @Reference Rounds rounds, @Reference Visits visits,
            @Reference Findings findings, @Reference ProblemService problems, @Reference JurisdictionService jurisdictions,
            @Reference OrganizationService organizations) {
        this.store = store;
        this.inspectors = inspectors;
        this.rounds = rounds;
        this.visits = visits;
        this.findings = findings;
        this.problems = problems;
        this.jurisdictions = jurisdictions;
        this.organizations = organizations;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    /** A visit planned: the round, the unit and the mode. */
    record Planned(int round, UnitKind kind, String jurisdictionCode, Long organizationId, Mode mode) {
        String key() {
            return Units.key(kind, organizationId == null ? jurisdictionCode : null, organizationId);
        }
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.COUNTY).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int year = store.today().getYear() - 1;
        List<Long> group = group(year);
        Map<Integer, RoundView> byNumber = rounds(year, group);
        List<Planned> plan = plan();
        // rounds 1-3: the units visited and what each visit finds, rectified by the unit
        int weight = plan.stream().mapToInt(p -> p.mode() == Mode.SPARROW ? 2 : 1).sum();
        int before = 0;
        Map<Long, VisitView> townshipVisits = new LinkedHashMap<>();
        for (int k = 0; k < plan.size(); k++) {
            run.throwIfCancelled();
            Planned p = plan.get(k);
            int after = before + (p.mode() == Mode.SPARROW ? 2 : 1);
            int count = (int) ((long) PROBLEMS * after / weight - (long) PROBLEMS * before / weight);
            before = after;
            RoundView round = byNumber.get(p.round());
            LocalDate visitedOn = round.startsOn.plusDays(k % 30);
            VisitView visit = visit(round, p, visitedOn, group.get(k % group.size()), null);
            if (p.kind() == UnitKind.TOWNSHIP_COMMITTEE) {
                townshipVisits.put(visit.id, visit);
            }
            find(visit, count, k);
        }
        // round 4: a follow-up of every unit with findings, verifying each rectification
        RoundView followUp = byNumber.get(4);
        Map<String, Planned> units = new LinkedHashMap<>();
        plan.forEach(p -> units.putIfAbsent(p.key(), p));
        List<Long> reopenIn = new ArrayList<>(townshipVisits.keySet());
        Map<String, List<FindingEntity>> earlier = new LinkedHashMap<>();
        Map<Long, Integer> positions = new java.util.HashMap<>();
        Map<Long, Integer> perVisit = new java.util.HashMap<>();
        for (FindingEntity f : Pages.all("id", Findings.SORTABLE, page -> findings.entities(Store.COUNTY, null, null, null, null, page))) {
            if (f.roundId != followUp.id) {
                earlier.computeIfAbsent(f.unitKey, x -> new ArrayList<>()).add(f);
                positions.put(f.id, perVisit.merge(f.visitId, 1, Integer::sum) - 1);
            }
        }
        int u = 0;
        for (Planned p : units.values()) {
            run.throwIfCancelled();
            LocalDate visitedOn = followUp.startsOn.plusDays(u % 28);
            VisitView visit = visit(followUp, new Planned(4, p.kind(), p.jurisdictionCode(), p.organizationId(), Mode.FOLLOW_UP), visitedOn,
                    group.get(u % group.size()), "跟踪检查前三轮巡察发现问题整改情况");
            u++;
            for (FindingEntity f : earlier.getOrDefault(p.key(), List.of())) {
                check(f, visit, reopenOrdinal(f, positions.get(f.id), reopenIn));
            }
        }
        for (int n = 1; n <= 4; n++) {
            RoundView r = rounds.get(Store.COUNTY, byNumber.get(n).id);
            if (r.closedOn == null) {
                Rounds.Closing closing = new Rounds.Closing();
                closing.closedOn = LocalDate.of(year, 12, 10);
                closing.version = r.version;
                rounds.close(Store.COUNTY, r.id, closing);
            }
        }
        logger.info("Demo data of {} loaded for {}: 4 rounds, {} visits, {} problems, in {} ms", Store.MODULE_ID, year, plan.size() + units.size(),
                PROBLEMS, (System.nanoTime() - started) / 1_000_000);
    }

    /** The county's inspection group: the seed's 4 inspectors (巡察专员), named staff. */
    private List<Long> group(int year) {
        List<Inspectors.InspectorView> present = inspectors.list(Store.COUNTY, PageRequest.first(PageRequest.MAX_SIZE)).items();
        List<Long> ids = new ArrayList<>();
        for (String name : INSPECTORS) {
            Inspectors.InspectorView i = present.stream().filter(x -> x.name.equals(name)).findFirst().orElse(null);
            if (i == null) {
                Inspectors.NewInspector in = new Inspectors.NewInspector();
                in.name = name;
                in.post = "县委基层党建巡察专员";
                in.appointedOn = LocalDate.of(year, 1, 15);
                i = inspectors.appoint(Store.COUNTY, in);
            }
            ids.add(i.id);
        }
        return ids;
    }

    private Map<Integer, RoundView> rounds(int year, List<Long> group) {
        String[] titles = {"第一轮巡察:乡镇党委及村党组织(机动式)", "第二轮巡察:村党组织及县直机关(机动式)", "第三轮巡察:两新组织(机动式)及乡镇解剖(麻雀式)",
                "第四轮巡察:整改落实情况(跟踪式)"};
        LocalDate[][] periods = {{LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 15)}, {LocalDate.of(year, 4, 20), LocalDate.of(year, 6, 15)},
                {LocalDate.of(year, 7, 1), LocalDate.of(year, 8, 31)}, {LocalDate.of(year, 10, 8), LocalDate.of(year, 11, 30)}};
        Map<Integer, RoundView> byNumber = new LinkedHashMap<>();
        List<RoundView> present = rounds.list(Store.COUNTY, year, PageRequest.first(PageRequest.MAX_SIZE)).items();
        for (int n = 1; n <= 4; n++) {
            int number = n;
            RoundView r = present.stream().filter(x -> x.number == number).findFirst().orElse(null);
            if (r == null) {
                Rounds.NewRound in = new Rounds.NewRound();
                in.number = n;
                in.title = year + "年" + titles[n - 1];
                in.startsOn = periods[n - 1][0];
                in.endsOn = periods[n - 1][1];
                in.inspectorIds = group;
                r = rounds.open(Store.COUNTY, in);
            }
            byNumber.put(n, r);
        }
        return byNumber;
    }

    /** The visits of rounds 1-3 over the units the registry has, in a stable order. */
    private List<Planned> plan() {
        List<Jurisdiction> townships = jurisdictions.subtreeList(Store.COUNTY, JurisdictionLevel.TOWNSHIP).stream()
                .sorted(java.util.Comparator.comparing(Jurisdiction::code)).toList();
        List<Planned> plan = new ArrayList<>();
        int half = (townships.size() + 1) / 2;
        for (Jurisdiction t : townships) {
            plan.add(new Planned(1, UnitKind.TOWNSHIP_COMMITTEE, t.code(), null, Mode.MOBILE));
        }
        for (int i = 0; i < townships.size(); i++) {
            for (Jurisdiction v : villages(townships.get(i))) {
                plan.add(new Planned(i < half ? 1 : 2, UnitKind.VILLAGE, v.code(), null, Mode.MOBILE));
            }
        }
        for (PartyOrganization o : organizationsOf(List.of(OrganizationField.ORGAN, OrganizationField.PUBLIC_INSTITUTION))) {
            if (o.jurisdictionCode().equals(Store.COUNTY) && o.type() != OrganizationType.COMMITTEE) {
                plan.add(new Planned(2, UnitKind.COUNTY_ORGAN, null, o.id(), Mode.MOBILE));
            }
        }
        for (PartyOrganization o : organizationsOf(List.of(OrganizationField.NON_PUBLIC_ENTERPRISE, OrganizationField.SOCIAL_ORGANIZATION))) {
            plan.add(new Planned(3, UnitKind.TWO_NEW, null, o.id(), Mode.MOBILE));
        }
        if (!townships.isEmpty()) {
            Jurisdiction dissected = townships.get(0);
            plan.add(new Planned(3, UnitKind.TOWNSHIP_COMMITTEE, dissected.code(), null, Mode.SPARROW));
            for (Jurisdiction v : villages(dissected)) {
                plan.add(new Planned(3, UnitKind.VILLAGE, v.code(), null, Mode.SPARROW));
            }
        }
        return plan;
    }

    private List<Jurisdiction> villages(Jurisdiction township) {
        return jurisdictions.subtreeList(township.code(), JurisdictionLevel.VILLAGE).stream()
                .sorted(java.util.Comparator.comparing(Jurisdiction::code))
                .toList();
    }

    private List<PartyOrganization> organizationsOf(List<OrganizationField> fields) {
        List<PartyOrganization> found = new ArrayList<>();
        for (OrganizationField field : fields) {
            found.addAll(Pages.all("id", org.jiceng.registry.OrganizationService.SORTABLE, page -> organizations
                    .find(new OrganizationQuery(Store.COUNTY, field, null, null, null, null, null), page)));
        }
        found.sort(java.util.Comparator.comparing(PartyOrganization::id));
        return found;
    }

    /** The planned visit, recorded unless it is. */
    private VisitView visit(RoundView round, Planned p, LocalDate visitedOn, long inspector, String note) {
        VisitView present = visits.inRound(round.id, p.key());
        if (present != null) {
            return present;
        }
        Visits.NewVisit in = new Visits.NewVisit();
        in.roundId = round.id;
        in.unitKind = p.kind();
        in.jurisdictionCode = p.jurisdictionCode();
        in.organizationId = p.organizationId();
        in.mode = p.mode();
        in.visitedOn = visitedOn;
        in.inspectorId = inspector;
        in.note = note;
        return visits.record(Store.COUNTY, in);
    }

    /** The visit's planned findings, recorded where missing, each taken to rectified by its unit. */
    private void find(VisitView visit, int count, int k) {
        List<FindingView> found = new ArrayList<>(
                findings.list(Store.COUNTY, null, visit.id, null, null, PageRequest.first(PageRequest.MAX_SIZE)).items());
        for (int j = found.size(); j < count; j++) {
            Findings.NewFinding in = new Findings.NewFinding();
            in.visitId = visit.id;
            Area area = Area.values()[(k + j) % Area.values().length];
            in.area = area;
            in.description = DESCRIPTIONS[area.ordinal()][(k + j / 6) % 3];
            in.severity = j % 5 == 0 ? ProblemSeverity.HIGH : j % 3 == 0 ? ProblemSeverity.LOW : ProblemSeverity.MEDIUM;
            in.foundOn = visit.visitedOn;
            in.deadline = visit.visitedOn.plusDays(30);
            found.add(findings.record(Store.COUNTY, in));
        }
        for (FindingView f : found) {
            // from where the engine has it: plan filed by the unit, then rectified
            String status = f.status;
            long version = f.version;
            if ("FOUND".equals(status)) {
                Problem p = problems.filePlan(f.problemId, "制定整改方案,明确整改措施、责任人和时限", visit.unitName + "党组织书记", "admin", f.foundOn.plusDays(3),
                        version);
                status = p.status().name();
                version = p.version();
            }
            if ("PLAN_FILED".equals(status) || "IN_PROGRESS".equals(status)) {
                problems.markRectified(f.problemId, "已按整改方案完成整改", "admin", f.foundOn.plusDays(25), version);
            }
        }
    }

    /**
     * The follow-up's check of one earlier finding: verified, but for the 19 whose rectification is
     * found not done ({@code ordinal} 0-18) — reopened, accounted for, rectified again and verified.
     */
    private void check(FindingEntity f, VisitView visit, int ordinal) {
        Problem p = problems.get(f.problemId);
        ProblemStatus status = p.status();
        long version = p.version();
        if (ordinal >= 0 && p.reopenCount() == 0 && status == ProblemStatus.RECTIFIED) {
            FindingView failed = checked(f, visit, false, visit.visitedOn, version);
            status = ProblemStatus.valueOf(failed.status);
            version = failed.version;
        }
        if (ordinal >= 0 && p.accountability().isEmpty()) {
            Findings.NewAccountability a = new Findings.NewAccountability();
            a.type = ordinal < TALKS
                    ? AccountabilityType.TALK
                    : ordinal < TALKS + LETTERS ? AccountabilityType.INQUIRY_LETTER : AccountabilityType.ADMONISHMENT;
            a.date = visit.visitedOn.plusDays(2);
            a.decidedBy = "中共广宗县委组织部";
            a.note = "乡镇党委书记巡察整改落实不到位";
            findings.account(Store.COUNTY, f.id, a);
        }
        if (status == ProblemStatus.IN_PROGRESS) {
            Problem again = problems.markRectified(f.problemId, "按跟踪巡察意见重新整改到位", "admin", visit.visitedOn.plusDays(7), version);
            status = again.status();
            version = again.version();
        }
        if (status == ProblemStatus.RECTIFIED) {
            checked(f, visit, true, visit.visitedOn.plusDays(ordinal >= 0 ? 10 : 0), version);
        }
    }

    /**
     * Which of the 19 accounted findings this is (0-18), or -1: the findings at positions 0 and 1 of
     * each township committee's visit, and at 2 of the dissected (麻雀式) township's, the last one.
     */
    static int reopenOrdinal(FindingEntity f, int position, List<Long> townshipVisits) {
        int visit = townshipVisits.indexOf(f.visitId);
        if (visit < 0) {
            return -1;
        }
        boolean last = visit == townshipVisits.size() - 1;
        int ordinal = position < 2 ? visit * 2 + position : last && position == 2 ? townshipVisits.size() * 2 : -1;
        return ordinal < TALKS + LETTERS + ADMONISHMENTS ? ordinal : -1;
    }

    private FindingView checked(FindingEntity f, VisitView visit, boolean passed, LocalDate on, long version) {
        Findings.Check c = new Findings.Check();
        c.visitId = visit.id;
        c.passed = passed;
        c.note = passed ? "跟踪巡察复核,整改到位" : "跟踪巡察发现整改落实不到位,责令重新整改";
        c.on = on;
        c.version = version;
        return findings.check(Store.COUNTY, f.id, c);
    }
}
