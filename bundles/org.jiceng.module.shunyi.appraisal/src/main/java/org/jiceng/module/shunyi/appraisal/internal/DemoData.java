package org.jiceng.module.shunyi.appraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.PageRequest;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.scoring.Indicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 顺义's appraisal of the last complete year, through the module's services and the scoring engine:
 * the leading group's 27 member units and every township's Party committee are named with their
 * principals, scored on the five indicators of the appraisal table (a fifth of them 优, half 良, a
 * fifth 中, one in twenty 差 — the seed gives no results, these are chosen), the year computed, and
 * the rules' measures recorded per grade: 优 training for the principal and a larger "excellent"
 * quota for the unit; 良 a reminder; 中 an admonishing talk and the team's honours withdrawn; 差
 * reassignment. Resumable: a unit is known by its name, its scores and decisions by whether it has them.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final List<String> UNITS = List.of("区委办公室", "区委组织部", "区委宣传部", "区委统战部", "区委政法委", "区纪委区监委", "区委编办", "区委老干部局", "区委党校",
            "区委党史办", "区委机要保密局", "区直机关工委", "区委社会工委", "区总工会", "团区委", "区妇联", "区科协", "区人力社保局", "区民政局", "区财政局", "区教委", "区卫生健康委",
            "区国资委", "区农业农村局", "区工商联", "区信访办", "区残联");
    /** The share of each indicator's maximum a unit reaches, in percent, in turn (grades 优 5, 良 10, 中 4, 差 1 of every 20). */
    static final int[] LEVELS = {95, 88, 91, 84, 82, 76, 93, 86, 81, 70, 89, 85, 92, 83, 55, 87, 81, 79, 94, 65};
    /** How far each indicator strays from the unit's level, in percent of its maximum. */
    static final int[] SPREAD = {2, -2, 1, -1, 0};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    private static final String GIVEN = "建国志强海燕春梅玉兰德胜文斌明辉立新红霞永刚国庆秀英";

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Appraisal appraisal;
    private final Decisions decisions;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Appraisal appraisal, @Reference Decisions decisions,
            @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.appraisal = appraisal;
        this.decisions = decisions;
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
        int year = store.today().getYear() - 1;
        if (appraisal.years(Store.DISTRICT).stream().noneMatch(y -> y.year == year)) {
            Appraisal.NewYear in = new Appraisal.NewYear();
            in.year = year;
            appraisal.open(Store.DISTRICT, in);
        }
        Map<String, UnitView> present = new HashMap<>();
        appraisal.allUnits(Store.DISTRICT, year).forEach(u -> present.put(u.name, u));
        Map<String, String> planned = new LinkedHashMap<>();
        UNITS.forEach(u -> planned.put(u, Store.DISTRICT));
        for (Jurisdiction t : jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.TOWNSHIP)) {
            planned.put(t.name() + "党委", t.code());
        }
        List<UnitView> units = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> unit : planned.entrySet()) {
            run.throwIfCancelled();
            UnitView u = present.get(unit.getKey());
            if (u == null) {
                Appraisal.NewUnit in = new Appraisal.NewUnit();
                in.name = unit.getKey();
                in.kind = unit.getValue().equals(Store.DISTRICT) ? UnitKind.MEMBER_UNIT : UnitKind.TOWNSHIP;
                in.jurisdictionCode = unit.getValue();
                in.principalName = principal(n);
                u = appraisal.addUnit(Store.DISTRICT, year, in);
            }
            if (u.scored < u.indicators) {
                Appraisal.Scores scores = new Appraisal.Scores();
                scores.scores = scores(LEVELS[n % LEVELS.length]);
                scores.version = u.version;
                u = appraisal.enterScores(Store.DISTRICT, u.id, scores);
            }
            units.add(u);
            n++;
        }
        YearView y = appraisal.year(Store.DISTRICT, year);
        if (y.state == YearState.OPEN) {
            Appraisal.Computation c = new Appraisal.Computation();
            c.version = y.version;
            appraisal.compute(Store.DISTRICT, year, c);
        }
        LocalDate decidedOn = LocalDate.of(year + 1, 1, 20).isAfter(store.today()) ? store.today() : LocalDate.of(year + 1, 1, 20);
        int taken = 0;
        for (UnitView u : appraisal.allUnits(Store.DISTRICT, year)) {
            run.throwIfCancelled();
            if (decisions.list(Store.DISTRICT, year, u.id, null, null, PageRequest.first(1)).total() > 0) {
                continue;
            }
            for (Measure m : measures(u.grade)) {
                Decisions.NewDecision in = new Decisions.NewDecision();
                in.unitId = u.id;
                in.measure = m;
                in.personName = m.personal() ? u.principalName : null;
                in.decidedOn = decidedOn;
                in.note = "依据《党建工作考核结果应用暂行办法》";
                decisions.decide(Store.DISTRICT, in);
                taken++;
            }
        }
        logger.info("Demo data of {} loaded for {}: {} units appraised, {} decisions recorded", Store.MODULE_ID, year, units.size(), taken);
    }

    /** The measures the demo takes per grade. */
    static List<Measure> measures(String grade) {
        return switch (grade) {
            case AppraisalRules.EXCELLENT -> List.of(Measure.TRAINING, Measure.EXCELLENT_QUOTA_UP);
            case AppraisalRules.GOOD -> List.of(Measure.REMINDER);
            case AppraisalRules.FAIR -> List.of(Measure.ADMONISHMENT_TALK, Measure.HONOURS_WITHDRAWN);
            default -> List.of(Measure.REASSIGNMENT);
        };
    }

    /** Each indicator's score at a level, in half points. */
    static Map<String, Double> scores(int level) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < AppraisalRules.INDICATORS.size(); i++) {
            Indicator indicator = AppraisalRules.INDICATORS.get(i);
            double share = Math.min(100, level + SPREAD[i]) / 100.0;
            out.put(indicator.key(), Math.round(indicator.maximum() * share * 2) / 2.0);
        }
        return out;
    }

    private static String principal(int n) {
        int given = n * 7 % (GIVEN.length() / 2);
        return SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.substring(given * 2, given * 2 + 2);
    }
}
