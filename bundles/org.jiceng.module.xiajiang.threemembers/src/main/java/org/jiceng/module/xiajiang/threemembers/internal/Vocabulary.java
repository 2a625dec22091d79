package org.jiceng.module.xiajiang.threemembers.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.SubjectKind;

/** 峡江's criteria sets and assessment scheme, defined in the core engines under the module's keys. */
final class Vocabulary {
    static final String SIX_GOODS_KEY = "xiajiang-six-goods";
    static final String COUNTY = "360823";

    private Vocabulary() {
    }

    /** "Six goods" branch (六好基层党组织): each good scored 0–10, met from 6, 48 in total to pass. */
    static CriteriaSet sixGoods() {
        String[][] goods = {{"team", "班子好"}, {"members", "队伍好"}, {"mechanism", "机制好"}, {"venue", "阵地好"},
                {"conduct", "作风好"}, {"results", "业绩好"}};
        List<Criterion> criteria = new ArrayList<>();
        for (String[] g : goods) {
            criteria.add(new Criterion(g[0], g[1], CriterionKind.SCORE, BigDecimal.TEN, BigDecimal.valueOf(6), true, COUNTY, Store.MODULE_ID));
        }
        return new CriteriaSet(null, SIX_GOODS_KEY, "峡江县\"六好\"基层党组织", null, List.of(new Aspect("six-goods", "六好", criteria)),
                BigDecimal.valueOf(48), null, null);
    }

    static String dutiesKey(MemberRole role) {
        return "xiajiang-" + role.name().toLowerCase() + "-duties";
    }

    /** The duties of each role as the seed lists them (明确"一个主责"), each met or not in a review. */
    static CriteriaSet duties(MemberRole role) {
        String[][] items = switch (role) {
            case COMMISSIONER -> new String[][]{{"org-life", "协助支部书记开展组织生活"}, {"three-one", "规范抓好\"三会一课\"、组织生活会、党员活动日"},
                    {"development", "协助支部做好发展党员等重点工作"}, {"planning", "帮助支部谋划党建工作"}, {"feedback", "定期向派驻单位反馈问题"}};
            case INSTRUCTOR -> new String[][]{{"policy", "宣传党的方针政策"}, {"members", "建设好党员队伍"}, {"activities", "开展好党员活动"},
                    {"difficulties", "帮助解决实际困难"}, {"mass-orgs", "帮助组建群团组织"}, {"talent", "帮助培养和发现人才"}};
            case SUPERVISOR -> new String[][]{{"org-life", "监督落实党内组织生活制度"}, {"responsibility", "监督从严治党责任履行"},
                    {"monthly", "每月开展一次督导"}, {"oversee", "监督党建特派员、指导员履职"}};
        };
        List<Criterion> criteria = new ArrayList<>();
        for (String[] i : items) {
            criteria.add(new Criterion(i[0], i[1], CriterionKind.MET_NOT_MET, null, null, true, COUNTY, Store.MODULE_ID));
        }
        return new CriteriaSet(null, dutiesKey(role), role.zh() + "职责", null, List.of(new Aspect("duties", "主要职责", criteria)), null, null, null);
    }

    static String schemeKey(String code) {
        return "xiajiang-three-members-assessment-" + code;
    }

    /** Year-end assessment (年终集中考核): on post, work done, results; 优秀 commended, 不称职 criticized. */
    static Scheme assessment(String code) {
        return new Scheme(null, schemeKey(code), "党建\"三员\"年终考核", SubjectKind.ASSIGNMENT, PeriodKind.YEAR, code,
                List.of(new Indicator("on-post", "到岗履职", 30.0, 100.0, IndicatorSource.MANUAL, null),
                        new Indicator("work", "工作开展", 40.0, 100.0, IndicatorSource.MANUAL, null),
                        new Indicator("results", "取得成效", 30.0, 100.0, IndicatorSource.MANUAL, null)),
                List.of(new GradeBand("优秀", 90.0, "通报表扬，向县委推荐考核评优"), new GradeBand("称职", 70.0, null),
                        new GradeBand("基本称职", 60.0, "约谈提醒"), new GradeBand("不称职", 0.0, "约谈提醒和通报批评")),
                null, Store.MODULE_ID, null);
    }
}
