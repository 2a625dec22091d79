package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.RaterKind;
import org.jiceng.duty.Rating;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 武冈's rules over the engine's (seed 003: "基层党组织书记双向述职评议由一年一次改为两次，‘七一’期间对全市乡镇
 * (街道)党(工)委书记进行了年中评议"; "市委与各乡镇(街道)党委、党委与各村党支部均签订党建工作责任状，建立市、乡、村三级
 * 基层党建责任体系"). Plain functions over values, so they can be tested alone.
 */
final class WugangRules {
    /** Two rounds a year, mid-year and year-end: no single yearly round any more. */
    static final String TWO_ROUNDS_A_YEAR = "wugang-two-rounds-a-year";
    /** The rounds are held by the county (市委) for the township secretaries. */
    static final String ROUND_BY_COUNTY = "wugang-round-by-county";
    /** Those who report are the township (乡镇/街道) secretaries. */
    static final String REPORTER_TOWNSHIP = "wugang-reporter-township";
    /** Pledges go one level down: county → township, township → village. */
    static final String PLEDGE_ONE_LEVEL_DOWN = "wugang-pledge-one-level-down";

    private WugangRules() {
    }

    static void checkPeriod(ReportPeriod period) {
        if (period == ReportPeriod.YEAR) {
            throw new RuleViolationException(TWO_ROUNDS_A_YEAR, "武冈 holds two rounds a year (H1 mid-year around 七一, H2 year-end), not one");
        }
    }

    static void checkHeldByCounty(String code, JurisdictionLevel level) {
        if (level != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException(ROUND_BY_COUNTY,
                    "The township secretaries report to the city committee; " + code + " is not the county");
        }
    }

    static void checkReporterTownship(String code, JurisdictionLevel level) {
        if (level != JurisdictionLevel.TOWNSHIP) {
            throw new RuleViolationException(REPORTER_TOWNSHIP, "Reports are the township secretaries'; " + code + " is not a township");
        }
    }

    /** The signer is a direct child of the issuer, and the issuer is the county or a township. */
    static void checkOneLevelDown(String issuerCode, JurisdictionLevel issuerLevel, String signerCode, String signerParentCode) {
        boolean countyOrTownship = issuerLevel == JurisdictionLevel.COUNTY || issuerLevel == JurisdictionLevel.TOWNSHIP;
        if (!countyOrTownship || !issuerCode.equals(signerParentCode)) {
            throw new RuleViolationException(PLEDGE_ONE_LEVEL_DOWN,
                    "武冈's pledges go one level down (county → township → village); " + issuerCode + " → " + signerCode + " does not");
        }
    }

    /** The mid-year round is due on 30 June, before 七一; the year-end round on 31 December. */
    static LocalDate defaultDue(int year, ReportPeriod period) {
        return period == ReportPeriod.H1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    static String defaultTitle(int year, ReportPeriod period) {
        return "武冈市" + year + "年" + (period == ReportPeriod.H1 ? "年中" : "年终") + "乡镇(街道)党(工)委书记抓基层党建工作双向述职评议";
    }

    static String pledgeTitle(int year, JurisdictionLevel signerLevel) {
        return "武冈市" + year + "年度" + (signerLevel == JurisdictionLevel.TOWNSHIP ? "乡镇(街道)" : "村(社区)") + "党建工作责任状";
    }

    /**
     * 武冈's standard items by the signer's level, 100 points each. The seed names what the county
     * stresses (书记抓、抓书记; 两个创建 with 13 and 25 acceptance criteria; 第一书记; 底线工作 with 党建
     * 同推进、同督查、同考核; 党建示范点; 村级集中服务日; 村干部百分制考核) but no pledge wording and no
     * points: the wording and the weights are this module's.
     */
    static List<PledgeItem> standardItems(JurisdictionLevel signerLevel) {
        if (signerLevel == JurisdictionLevel.TOWNSHIP) {
            return List.of(item("党委书记履行抓基层党建第一责任人职责，定期研究党建工作", "查阅会议记录，年中、年终双向述职评议", 20),
                    item("推进“两个创建”，村党支部标准化建设验收达标", "对照4个方面13条验收标准交叉检查", 20),
                    item("管好用好驻村“第一书记”，每月排名、半年述职", "查阅月排名与述职材料", 15),
                    item("党建工作与底线工作同推进、同督查、同考核", "月考核月调度记录", 15),
                    item("党委班子成员各建一个党建示范点", "实地查看示范点", 15),
                    item("落实村级运转经费和村级活动场所管理", "查阅经费台账", 15));
        }
        return List.of(item("落实“三会一课”、主题党日和民主评议党员制度", "查阅会议记录和党员档案", 25),
                item("党支部标准化建设达标(阵地、联系服务群众、三会一课、民主评议4个方面13条)", "乡镇交叉检查验收", 25),
                item("每周一村级集中服务日坐堂办公，群众事项全程代办", "查阅服务日志", 20),
                item("村干部百分制绩效考核，建立业绩档案", "查阅考核档案", 15),
                item("党务专干明确，党员信息管理规范", "抽查党员信息", 15));
    }

    private static PledgeItem item(String text, String measure, int points) {
        return new PledgeItem(null, text, measure, points, null, null, null);
    }

    /** A rating by its name ({@code EXCELLENT}) or its Chinese label ({@code 好}). */
    static Rating rating(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        for (Rating r : Rating.values()) {
            if (r.name().equalsIgnoreCase(value.strip()) || r.label().equals(value.strip())) {
                return r;
            }
        }
        throw new ValidationException(field, "must be one of 好, 较好, 一般, 差 (EXCELLENT, GOOD, FAIR, POOR)");
    }

    static RaterKind raterKind(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        try {
            return RaterKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be UPPER (the city committee) or LOWER (the township's village cadres)");
        }
    }
}
