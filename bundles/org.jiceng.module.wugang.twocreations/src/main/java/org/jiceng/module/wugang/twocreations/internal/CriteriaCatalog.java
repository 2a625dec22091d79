package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;

/**
 * 武冈's acceptance criteria as the seed names them: the standardized branch in 4 aspects with 13
 * criteria (阵地建设, 联系服务群众, “三会一课”制度, 民主评议党员), the model branch in 6 aspects with 25
 * (集体经济发展, 环境卫生整治, 安全生产, 综治信访维稳, 危房特困户改造, 村民小康实现程度). The wording of each
 * criterion is the county's practice as we summarize it; the seed gives only the aspects and counts.
 * Each criterion is scored: marks add up to 100 so inspections rank branches, a criterion counts as
 * met from 60 % of its marks, and every criterion is required — one not met fails the branch.
 */
final class CriteriaCatalog {
    /** The county's pass mark for a standardized branch (total of 100). */
    static final BigDecimal STANDARDIZED_MINIMUM = new BigDecimal("80");
    /** A model branch has to do better than a standardized one. */
    static final BigDecimal MODEL_MINIMUM = new BigDecimal("85");
    /** A criterion is met from this share of its marks. */
    static final BigDecimal MET_FROM = new BigDecimal("0.6");

    private CriteriaCatalog() {
    }

    static String key(CreationLevel level) {
        return level == CreationLevel.STANDARDIZED ? "wugang-standardized-branch" : "wugang-model-branch";
    }

    static CriteriaSet definition(CreationLevel level) {
        return level == CreationLevel.STANDARDIZED ? standardized() : model();
    }

    private static CriteriaSet standardized() {
        List<Aspect> aspects = List.of(
                aspect("venue", "阵地建设", "s", 1, 8, "有固定的党员活动场所，面积和功能满足组织活动需要", "党旗、入党誓词、党组织标识等规范上墙",
                        "办公和党员远程教育设备配备齐全、正常使用", "党务、村务公开栏规范设置并及时更新"),
                aspect("serving-the-people", "联系服务群众", "s", 5, 8, "党员联系农户制度落实，联系群众有台账", "村级集中服务日按时开展，代办事项件件有记录",
                        "群众反映的问题及时办理并回复"),
                aspect("three-meetings-one-lesson", "“三会一课”制度", "s", 8, 8, "支部党员大会、支委会、党小组会按期召开，记录完整",
                        "党课每季度至少一次，书记带头讲党课", "主题党日每月固定开展"),
                new Aspect("member-evaluation", "民主评议党员", List.of(criterion("s11", "每年开展民主评议党员，程序规范", 8),
                        criterion("s12", "评议结果运用到位，不合格党员按规定处置", 6), criterion("s13", "组织生活会每年召开，批评与自我批评认真开展", 6))));
        return new CriteriaSet(null, key(CreationLevel.STANDARDIZED), "武冈市标准化党支部验收标准", null, aspects, STANDARDIZED_MINIMUM, null, null);
    }

    private static CriteriaSet model() {
        List<Aspect> aspects = List.of(
                aspect("collective-economy", "集体经济发展", "m", 1, 4, "村集体经济有稳定收入来源", "集体经济年收入达到市定标准", "有产业发展规划和在建项目",
                        "集体资产、资源管理规范", "带动农民增收成效明显"),
                aspect("sanitation", "环境卫生整治", "m", 6, 4, "村容村貌整洁，垃圾集中收集处理", "卫生保洁制度和队伍健全", "改厕改水完成年度任务",
                        "开展美丽乡村建设评比"),
                aspect("work-safety", "安全生产", "m", 10, 4, "安全生产责任落实到人", "定期开展安全隐患排查", "全年无较大安全生产事故",
                        "防汛、消防等应急预案健全"),
                aspect("stability", "综治信访维稳", "m", 14, 4, "矛盾纠纷排查调处及时", "无越级上访和群体性事件", "治安防控体系健全", "禁毒、反邪教工作落实"),
                aspect("housing", "危房特困户改造", "m", 18, 4, "危房底数清楚、建档立卡", "年度危房改造任务按期完成", "特困户救助政策落实到位", "改造资金管理使用规范"),
                aspect("well-off", "村民小康实现程度", "m", 22, 4, "村民人均可支配收入达到全市平均水平", "义务教育、基本医疗保障全覆盖", "道路、饮水等基础设施完善",
                        "村民对村党组织满意度达到90%以上"));
        return new CriteriaSet(null, key(CreationLevel.MODEL), "武冈市示范化党支部验收标准", null, aspects, MODEL_MINIMUM, null, null);
    }

    /** An aspect whose criteria all carry {@code marks}, keyed {@code prefix + first}, {@code prefix + (first + 1)}, … */
    private static Aspect aspect(String key, String name, String prefix, int first, int marks, String... texts) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            criteria.add(criterion(prefix + (first + i), texts[i], marks));
        }
        return new Aspect(key, name, criteria);
    }

    private static Criterion criterion(String key, String text, int marks) {
        BigDecimal maximum = BigDecimal.valueOf(marks);
        return new Criterion(key, text, CriterionKind.SCORE, maximum, maximum.multiply(MET_FROM).setScale(1, RoundingMode.HALF_UP), true,
                Store.COUNTY, Store.MODULE_ID);
    }
}
