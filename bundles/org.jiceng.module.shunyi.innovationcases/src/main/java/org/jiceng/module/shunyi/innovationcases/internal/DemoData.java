package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * 顺义's case library from the practices the seed describes, each taken through the module's services
 * as far as its plan says — submitted by its unit, reviewed, promoted, adopted: 12 cases, 8 admitted
 * (5 of them promoted, taken up 11 times), 2 returned to mature and 2 awaiting review. Two name the
 * module that implements them ({@code shunyi-two-new}). The seed names the practices, not a library:
 * which case got how far is chosen. Resumable: a case is known by its title and unit, and each step
 * is taken only if the case has not passed it.
 */
@Component
public class DemoData implements DemoDataContributor {
    /** A case as planned: its unit (a township by name, or the district), its parts, how far it gets and who takes it up. */
    record Plan(String township, String unit, String title, CaseArea area, String module, String dissection, String problem, String mechanism,
            CaseState reaches, List<String> adopters) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan(null, "区委组织部", "两新组织\"一企一表、一社一表\"汇总台账", CaseArea.TWO_NEW_ORGANIZATIONS, "shunyi-two-new",
                    "全区2891家非公企业、358家社会组织党建底数不清,条块管理不到位;区委组织部逐企逐社建立台账,一企一表、一社一表,按月更新。",
                    "两新组织党组织覆盖底数不清、有效覆盖质量不高", "台账更新、直接联系点、工作例会等七项制度,覆盖率按月通报", CaseState.PROMOTED,
                    List.of("仁和镇", "后沙峪镇", "天竺镇")),
            new Plan(null, "区委组织部", "选派党员干部到村、社区任职", CaseArea.CADRES_AND_TALENT, "shunyi-two-new",
                    "村党支部书记平均年龄52.3岁,60岁以上77名,后备人才匮乏;从机关、事业单位、区属国企择优选派干部到村、社区任职。",
                    "农村社区\"人才洼地\"、换届选举难", "区级村、社区干部队伍后备人才资源数据库,选派、保障、考核一体", CaseState.PROMOTED, List.of("杨镇", "牛栏山镇")),
            new Plan(null, "区委组织部", "党建工作责任追究办法", CaseArea.SUPERVISION_AND_ACCOUNTABILITY, null,
                    "党建工作不作为、乱作为;亮明\"戒律尺\",明确10大类44项抓党建工作不力的行为。", "党建责任层层衰减、失责不问",
                    "按权责对等、失责必问原则,诫勉谈话、停职检查、调整职务、责令辞职、免职、降职", CaseState.ADMITTED, List.of()),
            new Plan(null, "区委农工委", "低收入村帮扶纳入党建工作", CaseArea.PEOPLES_LIVELIHOOD, null,
                    "低收入村3个、低收入户4044户9025人;将消除低收入村、低收入户纳入党建工作范畴。", "精准帮扶与基层党建\"两张皮\"",
                    "区级统筹、一村一居有方案,选派第一书记,纪检监察跟进", CaseState.PROMOTED, List.of("杨镇", "马坡镇")),
            new Plan(null, "区委组织部", "党建工作指标体系与折子工程", CaseArea.SUPERVISION_AND_ACCOUNTABILITY, null,
                    "3个方面、5大领域、16项指标、218项任务分解到单位;104项折子工程倒排工期。", "党建工作任务虚化、进度不明",
                    "指标体系、工作要点、折子工程、督导督查、绩效考评、结果运用的闭环", CaseState.ADMITTED, List.of()),
            new Plan("仁和镇", "仁和镇党委", "村级重大事项\"四上四下\"议事法", CaseArea.VILLAGES_AND_COMMUNITIES, null,
                    "村级重大事项决策群众参与不够、矛盾多;事项四次上会、四次下访后再决策。", "村级决策不民主、不透明",
                    "提议、征询、审议、决议各上下一次的\"四上四下\"工作法", CaseState.PROMOTED, List.of("后沙峪镇", "南法信镇", "马坡镇")),
            new Plan(null, "区委组织部", "党建督导\"六步法\"", CaseArea.SUPERVISION_AND_ACCOUNTABILITY, null,
                    "督导走过场;立项督导、确定方案、开展督导、反馈意见、问题回访、总结情况六步。", "督导发现问题不整改", "督导六步与整改回访机制",
                    CaseState.SUBMITTED, List.of()),
            new Plan(null, "区委宣传部", "党建工作宣传方案", CaseArea.OTHER, null, "全区党建工作特点、亮点和典型宣传不够;制定年度党建工作宣传方案。",
                    "党建工作氛围不浓", null, CaseState.RETURNED, List.of()),
            new Plan("杨镇", "杨镇党委", "村党组织书记后备人才\"跟岗\"培养", CaseArea.CADRES_AND_TALENT, null,
                    "杨镇村党组织书记老龄化;后备人才到村跟岗半年。", "村党组织书记接续乏人", null, CaseState.SUBMITTED, List.of()),
            new Plan("胜利街道", "胜利街道工委", "社区党建\"直接联系点\"制度", CaseArea.VILLAGES_AND_COMMUNITIES, null,
                    "街道领导班子成员联系社区党组织,每月到点一次。", "机关联系基层浮在面上", "班子成员直接联系点、月走访、季通报", CaseState.ADMITTED, List.of()),
            new Plan("牛栏山镇", "牛栏山镇党委", "软弱涣散村党组织\"一村一策\"转化", CaseArea.ORGANIZATION_BUILDING, null,
                    "3个软弱涣散村党组织;镇领导包村、一村一策。", "软弱涣散党组织转化慢", "包村领导、一村一策、限期销号", CaseState.PROMOTED,
                    List.of("天竺镇")),
            new Plan("后沙峪镇", "后沙峪镇党委", "破解村社区三年未发展党员", CaseArea.ORGANIZATION_BUILDING, null,
                    "61个农村社区党组织连续三年未发展新党员。", null, null, CaseState.RETURNED, List.of()));

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Cases cases;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Cases cases, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.cases = cases;
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
        Map<String, String> townships = new HashMap<>();
        for (Jurisdiction t : jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.TOWNSHIP)) {
            townships.put(t.name(), t.code());
        }
        LocalDate today = store.today();
        int adoptions = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            run.throwIfCancelled();
            adoptions += takeAlong(PLANS.get(i), today.minusDays(300 - 20L * i), townships);
        }
        logger.info("Demo data of {} loaded: {} cases, {} adoptions recorded", Store.MODULE_ID, PLANS.size(), adoptions);
    }

    /** Takes one case as far as its plan says, from where it stands; the number of adoptions recorded now. */
    private int takeAlong(Plan plan, LocalDate submitted, Map<String, String> townships) {
        String place = plan.township() == null ? Store.DISTRICT : townships.getOrDefault(plan.township(), Store.DISTRICT);
        CaseView c = cases.find(plan.title(), plan.unit()).orElse(null);
        if (c == null) {
            Cases.CaseInput in = new Cases.CaseInput();
            in.jurisdictionCode = place;
            in.unit = plan.unit();
            in.title = plan.title();
            in.area = plan.area();
            in.dissection = plan.dissection();
            in.problem = plan.problem();
            in.mechanism = plan.mechanism();
            in.moduleId = plan.module();
            in.submittedOn = submitted;
            c = cases.submit(Store.DISTRICT, in);
        }
        if (c.state == CaseState.SUBMITTED && plan.reaches() != CaseState.SUBMITTED) {
            Cases.Review review = new Cases.Review();
            review.decision = plan.reaches() == CaseState.RETURNED ? Cases.Decision.RETURN : Cases.Decision.ADMIT;
            review.opinion = plan.reaches() == CaseState.RETURNED ? "三个要素不全,请补充形成的机制后再报" : "经验成熟,纳入案例库";
            review.reviewedOn = submitted.plusDays(15);
            review.version = c.version;
            c = cases.review(Store.DISTRICT, c.id, review);
        }
        if (c.state == CaseState.ADMITTED && plan.reaches() == CaseState.PROMOTED) {
            Cases.Promotion promotion = new Cases.Promotion();
            promotion.promotedOn = submitted.plusDays(45);
            promotion.note = "全区推广";
            promotion.version = c.version;
            c = cases.promote(Store.DISTRICT, c.id, promotion);
        }
        int recorded = 0;
        if (c.state == CaseState.PROMOTED) {
            List<String> done = cases.get(Store.DISTRICT, c.id).adoptions.stream().map(a -> a.unit).toList();
            for (int k = 0; k < plan.adopters().size(); k++) {
                String adopter = plan.adopters().get(k);
                if (done.contains(adopter + "党委")) {
                    continue;
                }
                Cases.NewAdoption adoption = new Cases.NewAdoption();
                adoption.jurisdictionCode = townships.getOrDefault(adopter, Store.DISTRICT);
                adoption.unit = adopter + "党委";
                adoption.adoptedOn = submitted.plusDays(60 + 10L * k);
                adoption.result = "已在全镇推行";
                cases.adopt(Store.DISTRICT, c.id, adoption);
                recorded++;
            }
        }
        return recorded;
    }
}
