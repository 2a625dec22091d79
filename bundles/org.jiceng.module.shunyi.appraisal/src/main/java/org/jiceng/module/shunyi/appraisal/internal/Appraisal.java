package org.jiceng.module.shunyi.appraisal.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.ScoreSheet;
import org.jiceng.scoring.ScoringService;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The yearly appraisal on the scoring engine: a county opens a year (its scheme in the engine), names
 * the units appraised, enters their scores per indicator — the engine ranks and grades them after
 * every entry, so progress can be watched — and computes the year once every unit is scored, which
 * makes scores, ranks and grades final.
 */
@Component(service = Appraisal.class)
public class Appraisal {
    static final Set<String> SORTABLE = Set.of("id", "name", "rank");

    private final Store store;
    private final ScoringService scoring;

    @Activate
    public Appraisal(@Reference Store store, @Reference ScoringService scoring) {
        this.store = store;
        this.scoring = scoring;
    }

    /** Body of POST /years. */
    public static class NewYear {
        public Integer year;
    }

    /** Body of POST /years/{year}/units. */
    public static class NewUnit {
        public String name;
        public UnitKind kind;
        public String jurisdictionCode;
        public String principalName;
    }

    /** Body of PUT /units/{unitId}/scores: scores by indicator key, each within its maximum; replaces those entered before. */
    public static class Scores {
        public Map<String, Double> scores;
        public Long version;
    }

    /** Body of PUT /years/{year}/computation. */
    public static class Computation {
        public Long version;
    }

    public YearView open(String code, NewYear in) {
        new Validator().require("year", in.year).range("year", in.year, 2000, 2100).throwIfInvalid();
        String county = store.countyWriting(code);
        if (store.tx().read(em -> findYear(em, county, in.year)) != null) {
            throw new RuleViolationException(AppraisalRules.RULE_YEAR_OPENED, "The appraisal of " + in.year + " is opened in " + county + " already");
        }
        long schemeId = schemeId(AppraisalRules.scheme(county, in.year));
        YearEntity created = store.tx().write(em -> {
            YearEntity y = new YearEntity();
            y.countyCode = county;
            y.year = in.year;
            y.schemeId = schemeId;
            y.state = YearState.OPEN;
            em.persist(y);
            return y;
        });
        return year(code, created.year);
    }

    /** The county's appraisal years, latest first. */
    public List<YearView> years(String code) {
        String county = store.countyOf(code);
        List<Integer> years = store.tx().read(em -> em.createQuery("SELECT y.year FROM YearEntity y WHERE y.countyCode = :c ORDER BY y.year DESC",
                Integer.class).setParameter("c", county).getResultList());
        return years.stream().map(y -> year(code, y)).toList();
    }

    public YearView year(String code, int year) {
        String county = store.countyOf(code);
        return store.tx().read(em -> {
            YearEntity y = requireYear(em, county, year);
            YearView v = new YearView();
            v.id = y.id;
            v.countyCode = county;
            v.year = y.year;
            v.state = y.state;
            v.schemeId = y.schemeId;
            List<UnitEntity> units = unitsOf(em, y.id);
            v.units = units.size();
            Map<String, SubjectResult> results = results(y);
            v.unitsScored = units.stream().filter(u -> scored(results.get(subjectId(u))) == AppraisalRules.INDICATORS.size()).count();
            v.computedOn = y.computedOn;
            v.computedBy = y.computedBy;
            v.version = y.version;
            return v;
        });
    }

    /** The latest year the county opened, else none (404). */
    int latestYear(String code) {
        String county = store.countyOf(code);
        Integer latest = store.tx().read(em -> em.createQuery("SELECT MAX(y.year) FROM YearEntity y WHERE y.countyCode = :c", Integer.class)
                .setParameter("c", county).getSingleResult());
        if (latest == null) {
            throw new NotFoundException("Appraisal year of", county);
        }
        return latest;
    }

    public UnitView addUnit(String code, int year, NewUnit in) {
        new Validator().require("name", in.name).maxLength("name", in.name, 100).require("kind", in.kind)
                .require("jurisdictionCode", in.jurisdictionCode)
                .require("principalName", in.principalName).maxLength("principalName", in.principalName, 50).throwIfInvalid();
        String county = store.countyWriting(code);
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, county)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + county);
        }
        UnitEntity added = store.tx().write(em -> {
            YearEntity y = requireYear(em, county, year);
            AppraisalRules.requireOpen(year, y.state);
            if (unitsOf(em, y.id).stream().anyMatch(u -> u.name.equals(in.name.trim()))) {
                throw new ValidationException("name", "is appraised in " + year + " already");
            }
            UnitEntity u = new UnitEntity();
            u.yearId = y.id;
            u.name = in.name.trim();
            u.kind = in.kind;
            u.jurisdictionCode = place;
            u.principalName = in.principalName.trim();
            em.persist(u);
            return u;
        });
        return unit(code, added.id);
    }

    /** Enters a unit's scores (replacing earlier ones of the same indicators); the engine re-ranks the year at once. */
    public UnitView enterScores(String code, long unitId, Scores in) {
        long expected = Validator.requiredVersion(in.version);
        new Validator().check(in.scores != null && !in.scores.isEmpty(), "scores", "at least one indicator's score is required").throwIfInvalid();
        Map<String, Indicator> indicators = new HashMap<>();
        AppraisalRules.INDICATORS.forEach(i -> indicators.put(i.key(), i));
        Validator v = new Validator();
        in.scores.forEach((key, value) -> {
            Indicator i = indicators.get(key);
            v.check(i != null, "scores." + key, "is not an indicator of the appraisal table " + indicators.keySet());
            v.check(i == null || value != null && value >= 0 && value <= i.maximum(), "scores." + key,
                    "must be between 0 and " + (i == null ? "" : i.maximum()));
        });
        v.throwIfInvalid();
        // the unit's version moves with each entry, so two clerks entering the same unit see each other's change
        Object[] loaded = store.tx().write(em -> {
            UnitEntity u = loadUnit(em, code, unitId);
            ConflictException.requireVersion("Appraised unit", unitId, u.version, expected);
            YearEntity y = em.find(YearEntity.class, u.yearId);
            AppraisalRules.requireOpen(y.year, y.state);
            em.lock(u, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            return new Object[]{u, y};
        });
        UnitEntity u = (UnitEntity) loaded[0];
        YearEntity y = (YearEntity) loaded[1];
        scoring.enter(y.schemeId, period(y),
                List.of(new ScoreSheet(subjectId(u), u.name, u.jurisdictionCode, y.countyCode, in.scores, Store.caller())));
        scoring.compute(y.schemeId, period(y));
        return unit(code, unitId);
    }

    /** Closes the year: every unit scored on every indicator (422 appraisal-incomplete names those that are not), ranks and grades final. */
    public YearView compute(String code, int year, Computation in) {
        long expected = Validator.requiredVersion(in.version);
        String county = store.countyWriting(code);
        YearEntity y = store.tx().read(em -> requireYear(em, county, year));
        ConflictException.requireVersion("Appraisal year", y.id, y.version, expected);
        AppraisalRules.requireOpen(year, y.state);
        List<UnitEntity> units = store.tx().read(em -> unitsOf(em, y.id));
        if (units.isEmpty()) {
            throw new RuleViolationException(AppraisalRules.RULE_INCOMPLETE, "No unit is appraised in " + year);
        }
        List<SubjectResult> results = scoring.compute(y.schemeId, period(y));
        Map<String, SubjectResult> bySubject = new HashMap<>();
        results.forEach(r -> bySubject.put(r.subjectId(), r));
        List<String> missing = units.stream().filter(u -> scored(bySubject.get(subjectId(u))) < AppraisalRules.INDICATORS.size()).map(u -> u.name)
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(AppraisalRules.RULE_INCOMPLETE, missing.size() + " unit(s) are not scored on every indicator: "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size()))) + (missing.size() > 10 ? ", …" : ""));
        }
        store.tx().write(em -> {
            YearEntity locked = em.find(YearEntity.class, y.id);
            ConflictException.requireVersion("Appraisal year", y.id, locked.version, expected);
            locked.state = YearState.COMPUTED;
            locked.computedOn = store.today();
            locked.computedBy = Store.caller();
            return locked;
        });
        return year(code, year);
    }

    public UnitView unit(String code, long unitId) {
        return store.tx().read(em -> {
            UnitEntity u = loadUnit(em, code, unitId);
            YearEntity y = em.find(YearEntity.class, u.yearId);
            return view(u, y, results(y).get(subjectId(u)));
        });
    }

    /** Units of a year in the subtree (without a year, the latest), by kind and grade; sorted by rank when asked. */
    public Page<UnitView> units(String code, Integer year, UnitKind kind, String grade, PageRequest page) {
        int wanted = year != null ? year : latestYear(code);
        String county = store.countyOf(code);
        List<String> codes = store.subtreeCodes(code);
        List<UnitView> all = store.tx().read(em -> {
            YearEntity y = requireYear(em, county, wanted);
            Map<String, SubjectResult> results = results(y);
            List<UnitView> out = new ArrayList<>();
            for (UnitEntity u : unitsOf(em, y.id)) {
                if (codes.contains(u.jurisdictionCode) && (kind == null || u.kind == kind)) {
                    UnitView v = view(u, y, results.get(subjectId(u)));
                    if (grade == null || grade.isBlank() || grade.trim().equals(v.grade)) {
                        out.add(v);
                    }
                }
            }
            return out;
        });
        Map<String, Comparator<UnitView>> sortable = Map.of("id", Comparator.comparing(v -> v.id), "name", Comparator.comparing(v -> v.name), "rank",
                Comparator.comparing(v -> v.rank == null ? Integer.MAX_VALUE : v.rank));
        return Pages.ofList(all, page.withDefaultOrder(new PageRequest.Order("rank", true)), sortable, "id");
    }

    /** Every unit of a year in the subtree, by rank (figures, documents). */
    List<UnitView> allUnits(String code, int year) {
        return Pages.all("rank", SORTABLE, page -> units(code, year, null, null, page));
    }

    /** The unit and its year, for a decision on its result. */
    Object[] unitAndYear(EntityManager em, String code, long unitId) {
        UnitEntity u = loadUnit(em, code, unitId);
        return new Object[]{u, em.find(YearEntity.class, u.yearId)};
    }

    /** A unit's computed result, or null before any score. */
    SubjectResult result(YearEntity y, UnitEntity u) {
        return results(y).get(subjectId(u));
    }

    private UnitView view(UnitEntity u, YearEntity y, SubjectResult r) {
        UnitView v = new UnitView();
        v.id = u.id;
        v.year = y.year;
        v.name = u.name;
        v.kind = u.kind;
        v.kindZh = u.kind.zh();
        v.jurisdictionCode = u.jurisdictionCode;
        v.principalName = u.principalName;
        v.scores = r == null ? Map.of() : r.values();
        v.scored = scored(r);
        v.indicators = AppraisalRules.INDICATORS.size();
        v.total = r == null ? 0 : r.total();
        if (r != null) {
            // the engine ranks after every entry: ranks and grades are provisional until the year is computed
            v.rank = r.rank();
            v.rankedOf = r.groupSize();
            v.grade = r.grade();
            v.consequence = r.consequence();
        }
        v.version = u.version;
        return v;
    }

    private Map<String, SubjectResult> results(YearEntity y) {
        Map<String, SubjectResult> out = new HashMap<>();
        Pages.each("rank", ScoringService.RESULT_SORTABLE, page -> scoring.results(y.schemeId, period(y), null, null, page),
                r -> out.put(r.subjectId(), r));
        return out;
    }

    private static int scored(SubjectResult r) {
        return r == null ? 0 : (int) AppraisalRules.INDICATORS.stream().filter(i -> r.values().containsKey(i.key())).count();
    }

    static String subjectId(UnitEntity u) {
        return "unit-" + u.id;
    }

    private static String period(YearEntity y) {
        return String.valueOf(y.year);
    }

    /** The county's scheme for the year in the engine, created on first use. */
    private synchronized long schemeId(Scheme wanted) {
        for (Scheme s : scoring.list(wanted.jurisdictionCode(), Store.MODULE_ID, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            if (s.key().equals(wanted.key())) {
                return s.id();
            }
        }
        return scoring.create(wanted).id();
    }

    private static YearEntity findYear(EntityManager em, String county, int year) {
        return em.createQuery("SELECT y FROM YearEntity y WHERE y.countyCode = :c AND y.year = :y", YearEntity.class).setParameter("c", county)
                .setParameter("y", year).getResultList().stream().findFirst().orElse(null);
    }

    private static YearEntity requireYear(EntityManager em, String county, int year) {
        YearEntity y = findYear(em, county, year);
        if (y == null) {
            throw new NotFoundException("Appraisal year", year);
        }
        return y;
    }

    static List<UnitEntity> unitsOf(EntityManager em, long yearId) {
        return em.createQuery("SELECT u FROM UnitEntity u WHERE u.yearId = :y ORDER BY u.id", UnitEntity.class).setParameter("y", yearId)
                .getResultList();
    }

    private UnitEntity loadUnit(EntityManager em, String code, long id) {
        return store.find(em, UnitEntity.class, id, "Appraised unit", code, u -> u.jurisdictionCode);
    }
}
