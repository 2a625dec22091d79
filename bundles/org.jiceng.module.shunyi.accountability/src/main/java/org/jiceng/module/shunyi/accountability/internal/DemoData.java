package org.jiceng.module.shunyi.accountability.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 顺义's catalogue and a year of cases, through the module's services and the core's problems engine:
 * <ul>
 * <li>the catalogue of 10 classes and 44 behaviours (10大类44项). The seed names four classes — 党的领导弱化,
 * 党内政治生活不正常, 作风建设流于形式, 不执行干部选拔任用规定 —; the other six and the behaviours' wording
 * are illustrative, to be replaced by the district's text through the catalogue's API;</li>
 * <li>12 cases against townships' and organs' principals, most of them following a problem the
 * district's supervision found (reported on the problems engine first): 10 decided — 5 admonishing
 * talks, 2 suspensions for review, a reassignment, an ordered resignation, a dismissal —, 1 closed
 * without liability, 1 open. The seed gives no cases: these are chosen.</li>
 * </ul>
 * Resumable: a class or behaviour is known by its code, a case by its person, unit and day.
 */
@Component
public class DemoData implements DemoDataContributor {
    /** A class of the catalogue and its behaviours. */
    record CatalogueClass(String code, String name, List<String> behaviours) {
    }

    static final List<CatalogueClass> CATALOGUE = List.of(
            new CatalogueClass("01", "党的领导弱化", List.of("对党建工作不研究、不部署", "党委(党组)书记不履行第一责任人职责", "重大问题不经集体研究决定",
                    "对上级党组织决策部署打折扣、搞变通", "党建工作与中心工作\"两张皮\"")),
            new CatalogueClass("02", "党内政治生活不正常", List.of("\"三会一课\"制度不落实", "民主生活会、组织生活会走过场", "批评与自我批评开展不认真",
                    "不按规定开展民主评议党员", "主题党日活动流于形式")),
            new CatalogueClass("03", "作风建设流于形式", List.of("调查研究浮于表面", "联系服务群众不到位", "文山会海、督查检查过多过滥", "对群众反映的问题推诿扯皮")),
            new CatalogueClass("04", "不执行干部选拔任用规定", List.of("违反程序选拔任用干部", "干部考察失真失实", "超职数配备干部", "突击提拔调整干部",
                    "对干部选拔任用中的问题不及时纠正")),
            new CatalogueClass("05", "基层组织建设不力", List.of("软弱涣散党组织整顿不力", "党组织不按期换届", "两新组织党组织覆盖推进不力",
                    "村、社区党组织书记选配不当", "基层党组织阵地建设和经费保障不落实")),
            new CatalogueClass("06", "党员队伍建设和管理不严", List.of("发展党员违反程序", "连续三年不发展党员且无正当理由", "流动党员管理失控",
                    "党费收缴使用管理不规范")),
            new CatalogueClass("07", "党建工作责任制不落实", List.of("不按规定报告抓党建工作情况", "党建工作述职评议考核不落实", "党建工作任务分解不落实",
                    "折子工程未按期完成且无正当理由", "督查督导发现问题整改不力")),
            new CatalogueClass("08", "意识形态工作责任不落实", List.of("对意识形态工作不研究不部署", "对错误思潮放任不管", "宣传阵地管理失责", "网络舆情处置不力")),
            new CatalogueClass("09", "人才工作不力", List.of("后备干部队伍建设不力", "人才引进培养政策不落实", "人才工作经费保障不到位")),
            new CatalogueClass("10", "党风廉政建设主体责任不落实", List.of("对班子成员疏于教育管理监督", "对违纪问题隐瞒不报、压案不查",
                    "廉政风险防控不落实", "对\"四风\"问题查处不力")));

    /** A case as planned: township (by name, or the district's organs), behaviour, who, and the decision. */
    record Plan(String township, String unit, String person, Responsibility responsibility, String behaviour, boolean fromProblem, String facts,
            CaseState state, Penalty penalty) {
    }

    static final List<Plan> CASES = List.of(
            new Plan("杨镇", "杨镇党委", "刘建国", Responsibility.TEAM_PRINCIPAL, "02-01", true, "全年8个村党支部\"三会一课\"记录缺失,督查反馈后未整改。",
                    CaseState.DECIDED, Penalty.ADMONISHMENT_TALK),
            new Plan("牛栏山镇", "牛栏山镇党委", "王志红", Responsibility.TEAM_PRINCIPAL, "05-01", true, "3个软弱涣散村党组织整顿一年未见成效。", CaseState.DECIDED,
                    Penalty.ADMONISHMENT_TALK),
            new Plan("后沙峪镇", "后沙峪镇党委", "张文斌", Responsibility.TEAM_PRINCIPAL, "06-02", true, "11个村连续三年未发展党员,无正当理由。", CaseState.DECIDED,
                    Penalty.ADMONISHMENT_TALK),
            new Plan("天竺镇", "天竺镇两新组织党建工作领导小组", "李海燕", Responsibility.LEADING_GROUP_HEAD, "05-03", true, "辖区非公企业党组织覆盖率连续两年下降。",
                    CaseState.DECIDED, Penalty.ADMONISHMENT_TALK),
            new Plan("马坡镇", "马坡镇党委", "赵德胜", Responsibility.TEAM_PRINCIPAL, "07-04", true, "两项折子工程逾期且未说明理由。", CaseState.DECIDED,
                    Penalty.ADMONISHMENT_TALK),
            new Plan("南法信镇", "南法信镇党委", "陈国庆", Responsibility.TEAM_PRINCIPAL, "04-01", true, "未经考察程序调整2名村党组织书记。", CaseState.DECIDED,
                    Penalty.SUSPENSION_FOR_REVIEW),
            new Plan("仁和镇", "仁和镇党委", "孙明", Responsibility.TEAM_PRINCIPAL, "07-05", true, "督查发现的12个问题半年未整改。", CaseState.DECIDED,
                    Penalty.SUSPENSION_FOR_REVIEW),
            new Plan(null, "区党建工作领导小组成员单位(某局)", "周强", Responsibility.MEMBER_UNIT, "01-01", false, "全年未研究部署党建工作。",
                    CaseState.DECIDED, Penalty.REASSIGNMENT),
            new Plan("石园街道", "石园街道工委", "吴春梅", Responsibility.TEAM_PRINCIPAL, "10-02", true, "对社区干部违纪问题隐瞒不报。", CaseState.DECIDED,
                    Penalty.ORDERED_RESIGNATION),
            new Plan("光明街道", "光明街道工委", "郑玉兰", Responsibility.TEAM_PRINCIPAL, "04-04", false, "换届前突击提拔调整干部5名。", CaseState.DECIDED,
                    Penalty.DISMISSAL),
            new Plan("胜利街道", "胜利街道工委", "何平", Responsibility.TEAM_PRINCIPAL, "03-04", true, "群众反映的社区停车问题被推诿三个月。", CaseState.DISMISSED,
                    null),
            new Plan(null, "区委组织部党建工作领导小组", "林云飞", Responsibility.LEADING_GROUP, "07-01", false, "未按规定时限报告上半年抓党建工作情况。",
                    CaseState.OPEN, null));

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Catalogue catalogue;
    private final Cases cases;
    private final ProblemService problems;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Catalogue catalogue, @Reference Cases cases, @Reference ProblemService problems,
            @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.catalogue = catalogue;
        this.cases = cases;
        this.problems = problems;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.DISTRICT).isEmpty()) {
            return;
        }
        loadCatalogue(run);
        Map<String, String> townships = new HashMap<>();
        for (Jurisdiction t : jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.TOWNSHIP)) {
            townships.put(t.name(), t.code());
        }
        LocalDate today = store.today();
        int opened = 0;
        for (int i = 0; i < CASES.size(); i++) {
            run.throwIfCancelled();
            opened += take(CASES.get(i), today.minusDays(330 - 25L * i), townships) ? 1 : 0;
        }
        logger.info("Demo data of {} loaded: catalogue of {} classes, {} cases opened", Store.MODULE_ID, CATALOGUE.size(), opened);
    }

    private void loadCatalogue(DemoDataRun run) {
        List<CatalogueClassView> present = catalogue.read(Store.DISTRICT);
        for (CatalogueClass c : CATALOGUE) {
            run.throwIfCancelled();
            CatalogueClassView existing = present.stream().filter(p -> p.code.equals(c.code())).findFirst().orElse(null);
            if (existing == null) {
                Catalogue.NewClass in = new Catalogue.NewClass();
                in.code = c.code();
                in.name = c.name();
                existing = catalogue.addClass(Store.DISTRICT, in);
            }
            for (int b = 0; b < c.behaviours().size(); b++) {
                String code = String.format("%s-%02d", c.code(), b + 1);
                if (existing.behaviours.stream().anyMatch(v -> v.code.equals(code))) {
                    continue;
                }
                Catalogue.NewBehaviour in = new Catalogue.NewBehaviour();
                in.classCode = c.code();
                in.code = code;
                in.description = c.behaviours().get(b);
                catalogue.addBehaviour(Store.DISTRICT, in);
            }
        }
    }

    /** Opens one case (after reporting its problem) and decides it as planned; whether it was opened now. */
    private boolean take(Plan plan, LocalDate openedOn, Map<String, String> townships) {
        String place = plan.township() == null ? Store.DISTRICT : townships.getOrDefault(plan.township(), Store.DISTRICT);
        CaseView c = cases.find(plan.person(), plan.unit(), openedOn).orElse(null);
        boolean opened = c == null;
        if (c == null) {
            Cases.NewCase in = new Cases.NewCase();
            in.jurisdictionCode = place;
            in.responsibility = plan.responsibility();
            in.personName = plan.person();
            in.unit = plan.unit();
            in.behaviourCode = plan.behaviour();
            in.facts = plan.facts();
            in.openedOn = openedOn;
            if (plan.fromProblem()) {
                LocalDate found = openedOn.minusDays(60);
                in.problemId = problems.report(new Problem(null, ProblemSource.SUPERVISION, "JURISDICTION", place, place, "党建工作督查",
                        ProblemSeverity.MEDIUM, plan.facts(), "区委组织部督查组", found, found.plusDays(30), null, false, null, null, null, null, null, null,
                        null, 0, null, null, null)).id();
            }
            c = cases.open(Store.DISTRICT, in);
        }
        if (c.state == CaseState.OPEN && plan.state() != CaseState.OPEN) {
            Cases.Decision d = new Cases.Decision();
            d.state = plan.state();
            d.penalty = plan.penalty();
            d.decidedOn = openedOn.plusDays(20);
            d.note = plan.state() == CaseState.DISMISSED ? "经核查,问题系多部门职责交叉所致,已协调解决,不予追究" : "经区委组织部研究决定";
            d.version = c.version;
            cases.decide(Store.DISTRICT, c.id, d);
        }
        return opened;
    }
}
