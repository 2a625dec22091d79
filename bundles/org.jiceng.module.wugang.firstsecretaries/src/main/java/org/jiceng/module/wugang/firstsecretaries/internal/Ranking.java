package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.cadre.Assignment;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.ScoreSheet;
import org.jiceng.scoring.ScoringService;
import org.jiceng.scoring.SubjectKind;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly ranking (一月一排名) on the core's scoring engine: one scheme per county with 武冈's six
 * indicators — days and nights in the village and weekly reports on time computed from this module's
 * records by its metric providers, projects, satisfaction and Party building entered by hand — ranked
 * per township, with the engine's "last three months in a row" flag.
 */
@Component(service = Ranking.class)
public class Ranking {
    static final String RULE_MONTH_NOT_OVER = "ranking-month-not-over";
    static final String RULE_BY_COUNTY = "ranking-by-county";
    static final Set<String> SORTABLE = ScoringService.RESULT_SORTABLE;
    static final Map<String, Comparator<RankingRow>> SORT = Map.of("rank", Comparator.comparingInt(r -> r.rank),
            "total", Comparator.comparingDouble(r -> r.total), "subjectId", Comparator.comparingLong(r -> r.assignmentId));

    /** Hand-entered scores of one secretary for a month (the other three indicators are computed). */
    public static class Scores {
        public Long assignmentId;
        /** 项目推进, 0–10. */
        public Double projects;
        /** 群众满意度, 0–100. */
        public Double satisfaction;
        /** 党建工作, 0–10. */
        public Double partyBuilding;
    }

    private final ScoringService scoring;
    private final Secretaries secretaries;
    private final Eliminations eliminations;
    private final Thresholds thresholds;

    @Activate
    public Ranking(@Reference ScoringService scoring, @Reference Secretaries secretaries, @Reference Eliminations eliminations,
            @Reference Thresholds thresholds) {
        this.scoring = scoring;
        this.secretaries = secretaries;
        this.eliminations = eliminations;
        this.thresholds = thresholds;
    }

    static String schemeKey(String county) {
        return Store.MODULE_ID + "-" + county;
    }

    /** 武冈's scheme: the six indicators weigh 100 points; a month's last place three months in a row is flagged. */
    static Scheme scheme(String county) {
        List<Indicator> indicators = List.of(
                new Indicator("presence", "在村工作天数(每月不少于22天)", 25.0, 22.0, IndicatorSource.METRIC, DaysInVillageMetric.KEY),
                new Indicator("nights", "在村住宿夜数(每月不少于12晚)", 15.0, 12.0, IndicatorSource.METRIC, NightsInVillageMetric.KEY),
                new Indicator("reports", "每周工作动态按时报送", 15.0, 4.0, IndicatorSource.METRIC, WeeklyReportsMetric.KEY),
                new Indicator("projects", "项目推进", 15.0, 10.0, IndicatorSource.MANUAL, null),
                new Indicator("satisfaction", "群众满意度", 20.0, 100.0, IndicatorSource.MANUAL, null),
                new Indicator("building", "党建工作", 10.0, 10.0, IndicatorSource.MANUAL, null));
        List<GradeBand> grades = List.of(new GradeBand("优秀", 90.0, "通报表扬"), new GradeBand("良好", 75.0, null),
                new GradeBand("一般", 60.0, "提醒谈话"), new GradeBand("较差", 0.0, "连续3个月排名末位的予以淘汰"));
        return new Scheme(null, schemeKey(county), "第一书记月度分类排名", SubjectKind.ASSIGNMENT, PeriodKind.MONTH, county, indicators, grades,
                RankingRules.LAST_PLACE_MONTHS, Store.MODULE_ID, null);
    }

    /** The county's scheme in the engine, created on first use. */
    synchronized long schemeId(String county) {
        Long existing = existingSchemeId(county);
        return existing != null ? existing : scoring.create(scheme(county)).id();
    }

    private Long existingSchemeId(String county) {
        for (Scheme s : scoring.list(county, Store.MODULE_ID, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            if (s.key().equals(schemeKey(county))) {
                return s.id();
            }
        }
        return null;
    }

    /** Enters (or replaces) the hand-scored indicators of a month. */
    void enter(String code, String monthParam, List<Scores> scores) {
        YearMonth month = Store.month("month", monthParam);
        new Validator().require("scores", scores).check(scores == null || !scores.isEmpty(), "scores", "must not be empty").throwIfInvalid();
        String county = secretaries.countyOf(code);
        Map<Long, String> names = new HashMap<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Scores s = scores.get(i);
            if (s == null || s.assignmentId == null) {
                throw new ValidationException("scores[" + i + "].assignmentId", "is required");
            }
            Assignment a = secretaries.get(code, s.assignmentId);
            if (!PresenceRules.overlaps(a.startDate(), a.endDate(), month.atDay(1), month.atEndOfMonth())) {
                throw new ValidationException("scores[" + i + "].assignmentId", "first secretary " + a.id() + " was not sent in " + month);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            put(values, "projects", s.projects);
            put(values, "satisfaction", s.satisfaction);
            put(values, "building", s.partyBuilding);
            sheets.add(sheet(a, values, names));
        }
        scoring.enter(schemeId(county), month.toString(), sheets);
    }

    private static void put(Map<String, Double> values, String key, Double value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private ScoreSheet sheet(Assignment a, Map<String, Double> values, Map<Long, String> names) {
        return new ScoreSheet(String.valueOf(a.id()), secretaries.name(a.memberId(), names), a.jurisdictionCode(),
                secretaries.township(a.jurisdictionCode()), values, Store.caller());
    }

    /**
     * Ranks a month that is over: every secretary sent during it is a subject (with no hand scores
     * they count zero there), the engine computes, ranks per township and flags; each flagged secretary
     * with a poor total is proposed for elimination. Months are computed in order for streaks to count.
     */
    List<RankingRow> compute(String code, String monthParam, LocalDate today) {
        YearMonth month = Store.month("month", monthParam);
        if (!PresenceRules.monthOver(month, today)) {
            throw new RuleViolationException(RULE_MONTH_NOT_OVER, "The ranking of " + month + " is computed once the month is over");
        }
        String county = secretaries.countyOf(code);
        if (!county.equals(code)) {
            throw new RuleViolationException(RULE_BY_COUNTY, "The monthly ranking is computed for the whole county (" + county
                    + "), its townships ranked apart");
        }
        List<Assignment> sent = secretaries.during(county, month.atDay(1), month.atEndOfMonth());
        if (sent.isEmpty()) {
            return List.of();
        }
        long schemeId = schemeId(county);
        Map<Long, String> names = new HashMap<>();
        List<ScoreSheet> sheets = new ArrayList<>();
        sent.forEach(a -> sheets.add(sheet(a, Map.of(), names)));
        scoring.enter(schemeId, month.toString(), sheets);
        List<SubjectResult> results = scoring.compute(schemeId, month.toString());
        eliminations.propose(county, month.toString(), results, today);
        return results.stream().map(r -> row(r, month.toString())).toList();
    }

    /** A month's ranking in the subtree (a township's own group below the county), as ranked. */
    Page<RankingRow> results(String code, String monthParam, Boolean lastThreeMonths, PageRequest page) {
        YearMonth month = Store.month("month", monthParam);
        String county = secretaries.countyOf(code);
        Long schemeId = existingSchemeId(county);
        if (schemeId == null) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String group = code.equals(county) ? null : secretaries.township(code);
        if (group == null || group.equals(code)) {
            Page<SubjectResult> rows = scoring.results(schemeId, month.toString(), group, lastThreeMonths,
                    page.withDefaultOrder(new PageRequest.Order("rank", true), new PageRequest.Order("subjectId", true)));
            return new Page<>(rows.items().stream().map(r -> row(r, month.toString())).toList(), rows.page(), rows.size(), rows.total());
        }
        List<RankingRow> inVillage = new ArrayList<>();
        Pages.each("subjectId", SORTABLE, p -> scoring.results(schemeId, month.toString(), group, lastThreeMonths, p), r -> {
            if (secretaries.within(r.jurisdictionCode(), code)) {
                inVillage.add(row(r, month.toString()));
            }
        });
        return Pages.ofList(inVillage, page, SORT, "subjectId");
    }

    List<RankingRow> all(String code, String month) {
        return Pages.all("rank,subjectId", SORTABLE, p -> results(code, month, null, p));
    }

    private RankingRow row(SubjectResult r, String month) {
        RankingRow row = new RankingRow();
        row.assignmentId = Long.parseLong(r.subjectId());
        row.memberName = r.name();
        row.jurisdictionCode = r.jurisdictionCode();
        row.township = r.group();
        row.month = month;
        row.daysInVillage = r.values().get("presence");
        row.nightsInVillage = r.values().get("nights");
        row.weeklyReportsOnTime = r.values().get("reports");
        row.projects = r.values().get("projects");
        row.satisfaction = r.values().get("satisfaction");
        row.partyBuilding = r.values().get("building");
        row.total = r.total();
        row.rank = r.rank();
        row.groupSize = r.groupSize();
        row.grade = r.grade();
        row.lastPlaceStreak = r.lastPlaceStreak();
        row.lastThreeMonths = r.flagged();
        row.poor = RankingRules.poor(r.total(), thresholds.poorTotalBelow());
        return row;
    }
}
