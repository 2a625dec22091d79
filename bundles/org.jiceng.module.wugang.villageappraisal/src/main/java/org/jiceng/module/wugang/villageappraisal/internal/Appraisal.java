package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
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
 * The year's appraisal on the core's scoring engine: two schemes per county, both on 100 points — the
 * village cadres (dossier indicators computed by this module's metric providers, the township's
 * scores entered by hand) and then the village teams (their cadres' average, the township's scores)
 * — ranked per township. Computing copies each result into the module with what it fixes: the
 * subsidy for the grade, the commendation and the selection flag, at the rates then configured.
 */
@Component(service = Appraisal.class)
public class Appraisal {
    static final String RULE_NO_CADRES = "no-cadres-enrolled";
    static final String RULE_INCOMPLETE = "entries-incomplete";

    private final ScoringService scoring;
    private final Store store;
    private final Cadres cadres;
    private final Teams teams;
    private final Settings settings;

    @Activate
    public Appraisal(@Reference ScoringService scoring, @Reference Store store, @Reference Cadres cadres, @Reference Teams teams,
            @Reference Settings settings) {
        this.scoring = scoring;
        this.store = store;
        this.cadres = cadres;
        this.teams = teams;
        this.settings = settings;
    }

    static String cadreSchemeKey(String county) {
        return Store.MODULE_ID + "-cadres-" + county;
    }

    static String teamSchemeKey(String county) {
        return Store.MODULE_ID + "-teams-" + county;
    }

    /**
     * The cadres' 100 points. The seed gives the 100-point scale, not its split: the weights are a
     * plausible one, the dossier carrying 60 of the 100 points ("records drive the result").
     */
    static Scheme cadreScheme(String county) {
        List<Indicator> indicators = List.of(
                new Indicator("duty", "履职尽责(业绩档案纪实)", 30.0, 30.0, IndicatorSource.METRIC, DutyMetric.KEY),
                new Indicator("service", "集中服务日代办(业绩档案纪实)", 20.0, 20.0, IndicatorSource.METRIC, ServiceMetric.KEY),
                new Indicator("discipline", "纪律作风(满分10分，按档案扣分)", 10.0, DisciplineMetric.FULL_MARKS, IndicatorSource.METRIC,
                        DisciplineMetric.KEY),
                new Indicator("economy", "发展集体经济与项目(乡镇评分)", 20.0, Cadres.ECONOMY_MAX, IndicatorSource.MANUAL, null),
                new Indicator("masses", "群众测评满意度(%)", 20.0, Cadres.MASSES_MAX, IndicatorSource.MANUAL, null));
        return new Scheme(null, cadreSchemeKey(county), "村干部绩效考核(百分制)", SubjectKind.PERSON, PeriodKind.YEAR, county, indicators,
                AppraisalRules.CADRE_GRADES, null, Store.MODULE_ID, null);
    }

    /** The teams' 100 points: their cadres' average weighs 60, the township's view of the village's collective economy and Party building 20 each. */
    static Scheme teamScheme(String county) {
        List<Indicator> indicators = List.of(
                new Indicator("cadres", "班子成员考核平均分", 60.0, 100.0, IndicatorSource.METRIC, TeamCadresMetric.KEY),
                new Indicator("collective", "村集体经济发展(乡镇评分)", 20.0, Teams.COLLECTIVE_MAX, IndicatorSource.MANUAL, null),
                new Indicator("building", "基层党建(乡镇评分)", 20.0, Teams.BUILDING_MAX, IndicatorSource.MANUAL, null));
        return new Scheme(null, teamSchemeKey(county), "村级班子绩效考核(百分制)", SubjectKind.JURISDICTION, PeriodKind.YEAR, county, indicators,
                AppraisalRules.TEAM_GRADES, null, Store.MODULE_ID, null);
    }

    /** A county's scheme in the engine, created on first use. */
    synchronized long schemeId(Scheme wanted) {
        for (Scheme s : scoring.list(wanted.jurisdictionCode(), Store.MODULE_ID, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            if (s.key().equals(wanted.key())) {
                return s.id();
            }
        }
        return scoring.create(wanted).id();
    }

    /**
     * Computes the year for the whole county: every cadre and team must have the township's scores
     * (an unscored one would count zero and be ranked last unjustly). Returns the year, now COMPUTED.
     */
    YearView compute(String code, int year, LocalDate today) {
        String county = store.requireCounty(code, "Computing the appraisal");
        if (store.tx().read(em -> {
            YearEntity y = Years.find(em, county, year);
            return y != null && y.state.closed();
        })) {
            throw new RuleViolationException(Years.RULE_CLOSED, "The appraisal of " + year + " is approved: its results are final");
        }
        List<CadreEntity> people = cadres.all(county, year);
        if (people.isEmpty()) {
            throw new RuleViolationException(RULE_NO_CADRES, "No village cadre is on the appraisal of " + year);
        }
        List<TeamEntity> villages = teams.all(county, year);
        requireComplete(year, people, villages);

        String period = String.valueOf(year);
        Rates rates = settings.rates();
        long cadreScheme = schemeId(cadreScheme(county));
        List<ScoreSheet> sheets = new ArrayList<>();
        for (CadreEntity c : people) {
            sheets.add(new ScoreSheet(String.valueOf(c.id), c.memberName, c.villageCode, c.townshipCode,
                    Map.of("economy", c.economy, "masses", c.masses), Store.caller()));
        }
        scoring.enter(cadreScheme, period, sheets);
        Map<String, SubjectResult> cadreResults = byId(scoring.compute(cadreScheme, period));
        store.tx().run(em -> {
            for (CadreEntity detached : people) {
                CadreEntity c = em.find(CadreEntity.class, detached.id);
                fix(c, cadreResults.get(String.valueOf(c.id)), rates);
            }
        });

        long teamScheme = schemeId(teamScheme(county));
        List<ScoreSheet> teamSheets = new ArrayList<>();
        for (TeamEntity t : villages) {
            teamSheets.add(new ScoreSheet(t.villageCode, t.villageName, t.villageCode, t.townshipCode,
                    Map.of("collective", t.collective, "building", t.building), Store.caller()));
        }
        scoring.enter(teamScheme, period, teamSheets);
        Map<String, SubjectResult> teamResults = byId(scoring.compute(teamScheme, period));
        return store.tx().write(em -> {
            for (TeamEntity detached : villages) {
                TeamEntity t = em.find(TeamEntity.class, detached.id);
                fix(t, teamResults.get(t.villageCode));
            }
            YearEntity y = Years.openForEntries(em, county, year);
            y.state = YearState.COMPUTED;
            y.computedOn = today;
            em.flush();
            return YearView.of(y);
        });
    }

    private static void requireComplete(int year, List<CadreEntity> people, List<TeamEntity> villages) {
        List<String> missing = new ArrayList<>();
        people.stream().filter(c -> !c.scored()).map(c -> c.memberName + "(" + c.villageCode + ")").forEach(missing::add);
        villages.stream().filter(t -> !t.scored()).map(t -> t.villageName + "村级班子").forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new RuleViolationException(RULE_INCOMPLETE, missing.size() + " of the " + year + " appraisal still lack the township's scores: "
                    + missing.stream().limit(10).collect(Collectors.joining(", ")) + (missing.size() > 10 ? ", …" : ""));
        }
    }

    private static Map<String, SubjectResult> byId(List<SubjectResult> results) {
        Map<String, SubjectResult> map = new HashMap<>();
        results.forEach(r -> map.put(r.subjectId(), r));
        return map;
    }

    private static void fix(CadreEntity c, SubjectResult r, Rates rates) {
        c.total = r.total();
        c.rank = r.rank();
        c.townshipSize = r.groupSize();
        c.grade = r.grade();
        c.consequence = r.consequence();
        c.subsidy = AppraisalRules.subsidy(r.grade(), rates);
        c.award = AppraisalRules.commended(r.grade(), r.rank(), rates) ? rates.awardAmount() : BigDecimal.ZERO;
        c.selectionCandidate = AppraisalRules.selectionCandidate(r.grade(), r.total(), rates);
    }

    private static void fix(TeamEntity t, SubjectResult r) {
        t.cadresAverage = r.values().get("cadres");
        t.total = r.total();
        t.rank = r.rank();
        t.townshipSize = r.groupSize();
        t.grade = r.grade();
        t.consequence = r.consequence();
        t.awarded = AppraisalRules.TEAM_ADVANCED.equals(r.grade());
    }
}
