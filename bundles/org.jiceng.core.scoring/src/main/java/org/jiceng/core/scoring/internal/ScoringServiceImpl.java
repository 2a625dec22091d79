package org.jiceng.core.scoring.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.IndicatorSource;
import org.jiceng.scoring.MetricProvider;
import org.jiceng.scoring.RollUp;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.ScoreSheet;
import org.jiceng.scoring.ScoringEvents;
import org.jiceng.scoring.ScoringService;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = ScoringService.class)
public class ScoringServiceImpl implements ScoringService {
    private static final Map<String, String> RESULT_SORT = Map.of("rank", "r.rank", "total", "r.total", "subjectId", "r.subjectId", "id", "r.id");

    private final ScoringStore store;
    private final JurisdictionService jurisdictions;
    private final EventOutbox events;
    private final List<MetricProvider> metrics = new CopyOnWriteArrayList<>();

    @Activate
    public ScoringServiceImpl(@Reference ScoringStore store, @Reference JurisdictionService jurisdictions, @Reference EventOutbox events) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMetric(MetricProvider provider) {
        metrics.add(provider);
    }

    void removeMetric(MetricProvider provider) {
        metrics.remove(provider);
    }

    // ---- schemes

    @Override
    public Scheme create(Scheme s) {
        return createScheme(s);
    }

    private Scheme createScheme(Scheme s) {
        ScoringRules.validate(s);
        for (Indicator in : s.indicators()) {
            if (in.source() == IndicatorSource.METRIC && provider(in.metric()) == null) {
                throw new RuleViolationException(RULE_UNKNOWN_METRIC, "No metric provider '" + in.metric() + "' is installed");
            }
        }
        if (jurisdictions.find(s.jurisdictionCode()).isEmpty()) {
            throw new org.jiceng.common.ValidationException("jurisdictionCode", "no jurisdiction '" + s.jurisdictionCode() + "'");
        }
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT x.id FROM SchemeEntity x WHERE x.key = :k", Long.class).setParameter("k", s.key()).getResultList()
                    .isEmpty()) {
                throw new ConflictException("A scheme with key '" + s.key() + "' exists");
            }
            SchemeEntity e = new SchemeEntity();
            e.key = s.key();
            e.name = s.name().trim();
            e.subjectKind = s.subjectKind();
            e.periodKind = s.periodKind();
            e.jurisdictionCode = s.jurisdictionCode();
            e.lastPlacePeriods = s.lastPlacePeriods();
            e.module = s.module();
            em.persist(e);
            em.flush();
            for (int i = 0; i < s.indicators().size(); i++) {
                Indicator in = s.indicators().get(i);
                IndicatorEntity x = new IndicatorEntity();
                x.schemeId = e.id;
                x.order = i;
                x.key = in.key();
                x.name = in.name();
                x.weight = in.weight();
                x.maximum = in.maximum();
                x.source = in.source() == null ? IndicatorSource.MANUAL : in.source();
                x.metric = in.metric();
                em.persist(x);
            }
            List<GradeBand> bands = s.gradeBands() == null ? List.of() : s.gradeBands();
            for (int i = 0; i < bands.size(); i++) {
                GradeEntity g = new GradeEntity();
                g.schemeId = e.id;
                g.order = i;
                g.grade = bands.get(i).grade();
                g.minimum = bands.get(i).minimum();
                g.consequence = bands.get(i).consequence();
                em.persist(g);
            }
            em.flush();
            events.publish(em, ScoringEvents.DEFINED, Map.of(ScoringEvents.SCHEME_ID, e.id, ScoringEvents.KEY, e.key, ScoringEvents.JURISDICTION_CODE,
                    e.jurisdictionCode));
            return toScheme(em, e);
        });
    }

    @Override
    public Scheme get(long schemeId) {
        return store.tx().read(em -> toScheme(em, load(em, schemeId)));
    }

    @Override
    public Page<Scheme> list(String jurisdictionCode, String module, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("SchemeEntity", "s").where("s.jurisdictionCode = :j", "j", jurisdictionCode)
                    .where("s.module = :m", "m", module);
            Page<SchemeEntity> rows = q.page(em, SchemeEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), Map.of("id", "s.id"));
            List<Scheme> items = new ArrayList<>();
            rows.items().forEach(s -> items.add(toScheme(em, s)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    // ---- entry

    @Override
    public void enter(long schemeId, String period, List<ScoreSheet> sheets) {
        new Validator().check(sheets != null && !sheets.isEmpty(), "sheets", "at least one score sheet is required").throwIfInvalid();
        enterSheets(schemeId, period, sheets);
    }

    private void enterSheets(long schemeId, String period, List<ScoreSheet> sheets) {
        // Each distinct jurisdiction is looked up once, before the transaction: a sheet per village names few of them.
        Set<String> known = new HashSet<>();
        sheets.stream().map(ScoreSheet::jurisdictionCode).filter(Objects::nonNull).distinct()
                .filter(code -> jurisdictions.find(code).isPresent()).forEach(known::add);
        store.tx().run(em -> {
            SchemeEntity scheme = load(em, schemeId);
            checkPeriod(scheme, period);
            Map<String, IndicatorEntity> manual = new HashMap<>();
            indicators(em, schemeId).stream().filter(i -> i.source == IndicatorSource.MANUAL).forEach(i -> manual.put(i.key, i));
            Validator v = new Validator();
            for (int i = 0; i < sheets.size(); i++) {
                ScoreSheet s = sheets.get(i);
                String f = "sheets[" + i + "].";
                v.require(f + "subjectId", s.subjectId()).maxLength(f + "subjectId", s.subjectId(), 64).require(f + "name", s.name())
                        .require(f + "jurisdictionCode", s.jurisdictionCode()).require(f + "enteredBy", s.enteredBy());
                v.check(s.jurisdictionCode() == null || known.contains(s.jurisdictionCode()), f + "jurisdictionCode",
                        "no jurisdiction '" + s.jurisdictionCode() + "'");
                if (s.values() != null) {
                    s.values().forEach((key, value) -> {
                        IndicatorEntity in = manual.get(key);
                        v.check(in != null, f + "values." + key, "is not a manual indicator of this scheme");
                        v.check(in == null || (value != null && value >= 0 && value <= in.maximum), f + "values." + key,
                                "must be between 0 and " + (in == null ? "" : in.maximum));
                    });
                }
            }
            v.throwIfInvalid();
            LocalDateTime now = LocalDateTime.now();
            // What this request touches is loaded in two queries, so entering thousands of sheets
            // costs two reads and the writes, not a query per value.
            List<String> ids = sheets.stream().map(ScoreSheet::subjectId).distinct().toList();
            Map<String, SubjectEntity> subjects = new HashMap<>();
            Map<String, ValueEntity> values = new HashMap<>();
            for (int i = 0; i < ids.size(); i += 1000) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
                em.createQuery("SELECT s FROM SubjectEntity s WHERE s.schemeId = :s AND s.period = :p AND s.subjectId IN :ids", SubjectEntity.class)
                        .setParameter("s", schemeId).setParameter("p", period).setParameter("ids", chunk).getResultList()
                        .forEach(x -> subjects.put(x.subjectId, x));
                em.createQuery("SELECT v FROM ValueEntity v WHERE v.schemeId = :s AND v.period = :p AND v.subjectId IN :ids", ValueEntity.class)
                        .setParameter("s", schemeId).setParameter("p", period).setParameter("ids", chunk).getResultList()
                        .forEach(x -> values.put(x.subjectId + "|" + x.indicatorKey, x));
            }
            for (ScoreSheet s : sheets) {
                SubjectEntity subject = subjects.get(s.subjectId());
                if (subject == null) {
                    subject = new SubjectEntity();
                    subject.schemeId = schemeId;
                    subject.period = period;
                    subject.subjectId = s.subjectId();
                    em.persist(subject);
                    subjects.put(s.subjectId(), subject);
                }
                subject.name = s.name().trim();
                subject.jurisdictionCode = s.jurisdictionCode();
                subject.group = s.group() == null || s.group().isBlank() ? scheme.jurisdictionCode : s.group().trim();
                if (s.values() != null) {
                    for (Map.Entry<String, Double> e : s.values().entrySet()) {
                        ValueEntity value = values.get(s.subjectId() + "|" + e.getKey());
                        if (value == null) {
                            value = new ValueEntity();
                            value.schemeId = schemeId;
                            value.period = period;
                            value.subjectId = s.subjectId();
                            value.indicatorKey = e.getKey();
                            em.persist(value);
                            values.put(s.subjectId() + "|" + e.getKey(), value);
                        }
                        value.value = e.getValue();
                        value.enteredBy = s.enteredBy();
                        value.enteredAt = now;
                    }
                }
            }
            events.publish(em, ScoringEvents.SCORES_ENTERED, Map.of(ScoringEvents.SCHEME_ID, schemeId, ScoringEvents.PERIOD, period,
                    ScoringEvents.SHEETS, sheets.size(), ScoringEvents.JURISDICTION_CODE, scheme.jurisdictionCode));
        });
    }

    private static void putValue(EntityManager em, long schemeId, String period, String subjectId, String key, double value, String by,
            LocalDateTime at) {
        List<ValueEntity> existing = em.createQuery("SELECT v FROM ValueEntity v WHERE v.schemeId = :s AND v.period = :p AND v.subjectId = :id "
                + "AND v.indicatorKey = :k", ValueEntity.class).setParameter("s", schemeId).setParameter("p", period)
                .setParameter("id", subjectId).setParameter("k", key).getResultList();
        ValueEntity v = existing.isEmpty() ? new ValueEntity() : existing.get(0);
        v.schemeId = schemeId;
        v.period = period;
        v.subjectId = subjectId;
        v.indicatorKey = key;
        v.value = value;
        v.enteredBy = by;
        v.enteredAt = at;
        if (existing.isEmpty()) {
            em.persist(v);
        }
    }

    // ---- computation

    /** The period's ranking and each subject flagged in it, published in the computation's transaction. */
    private void publishComputed(EntityManager em, SchemeEntity scheme, String period, List<SubjectResult> results) {
        Map<String, Object> props = new HashMap<>();
        props.put(ScoringEvents.SCHEME_ID, scheme.id);
        props.put(ScoringEvents.PERIOD, period);
        props.put(ScoringEvents.JURISDICTION_CODE, scheme.jurisdictionCode);
        props.put(ScoringEvents.SUBJECTS, results.size());
        props.put(ScoringEvents.FLAGGED_COUNT, results.stream().filter(SubjectResult::flagged).count());
        events.publish(em, ScoringEvents.COMPUTED, props);
        for (SubjectResult r : results) {
            if (r.flagged()) {
                events.publish(em, ScoringEvents.FLAGGED, Map.of(ScoringEvents.SCHEME_ID, scheme.id, ScoringEvents.PERIOD, period,
                        ScoringEvents.SUBJECT_ID, r.subjectId(), ScoringEvents.JURISDICTION_CODE, r.jurisdictionCode(),
                        ScoringEvents.LAST_PLACE_STREAK, r.lastPlaceStreak()));
            }
        }
    }

    @Override
    public List<SubjectResult> compute(long schemeId, String period) {
        List<SubjectResult> results = store.tx().write(em -> {
            SchemeEntity scheme = load(em, schemeId);
            checkPeriod(scheme, period);
            List<Indicator> indicators = new ArrayList<>();
            indicators(em, schemeId).forEach(i -> indicators.add(new Indicator(i.key, i.name, i.weight, i.maximum, i.source, i.metric)));
            List<GradeBand> bands = grades(em, schemeId);
            List<SubjectEntity> subjects = em
                    .createQuery("SELECT s FROM SubjectEntity s WHERE s.schemeId = :s AND s.period = :p", SubjectEntity.class)
                    .setParameter("s", schemeId).setParameter("p", period).getResultList();
            Map<String, Map<String, Double>> values = new HashMap<>();
            for (ValueEntity v : em.createQuery("SELECT v FROM ValueEntity v WHERE v.schemeId = :s AND v.period = :p", ValueEntity.class)
                    .setParameter("s", schemeId).setParameter("p", period).getResultList()) {
                values.computeIfAbsent(v.subjectId, k -> new LinkedHashMap<>()).put(v.indicatorKey, v.value);
            }
            LocalDateTime now = LocalDateTime.now();
            for (Indicator in : indicators) {
                if (in.source() == IndicatorSource.METRIC) {
                    MetricProvider provider = provider(in.metric());
                    if (provider == null) {
                        throw new RuleViolationException(RULE_UNKNOWN_METRIC, "No metric provider '" + in.metric() + "' is installed");
                    }
                    for (SubjectEntity s : subjects) {
                        double value = ScoringRules.clip(provider.value(s.subjectId, scheme.periodKind, period), in.maximum());
                        values.computeIfAbsent(s.subjectId, k -> new LinkedHashMap<>()).put(in.key(), value);
                        putValue(em, schemeId, period, s.subjectId, in.key(), value, "metric:" + in.metric(), now);
                    }
                }
            }
            List<ScoringRules.Standing> standings = new ArrayList<>();
            Map<String, Double> totals = new HashMap<>();
            for (SubjectEntity s : subjects) {
                double total = ScoringRules.total(indicators, values.getOrDefault(s.subjectId, Map.of()));
                totals.put(s.subjectId, total);
                standings.add(new ScoringRules.Standing(s.subjectId, s.group, total));
            }
            Map<String, ScoringRules.Placement> placements = ScoringRules.rank(standings);
            Map<String, Integer> previousStreaks = previousStreaks(em, schemeId, period);
            em.createQuery("DELETE FROM ResultEntity r WHERE r.schemeId = :s AND r.period = :p").setParameter("s", schemeId)
                    .setParameter("p", period).executeUpdate();
            List<SubjectResult> out = new ArrayList<>();
            for (SubjectEntity s : subjects) {
                ScoringRules.Placement placement = placements.get(s.subjectId);
                int streak = placement.last() ? previousStreaks.getOrDefault(s.subjectId, 0) + 1 : 0;
                boolean flagged = scheme.lastPlacePeriods != null && streak >= scheme.lastPlacePeriods;
                ResultEntity r = new ResultEntity();
                r.schemeId = schemeId;
                r.period = period;
                r.subjectId = s.subjectId;
                r.name = s.name;
                r.jurisdictionCode = s.jurisdictionCode;
                r.group = s.group;
                r.total = totals.get(s.subjectId);
                r.rank = placement.rank();
                r.groupSize = placement.groupSize();
                r.grade = ScoringRules.grade(bands, r.total);
                r.lastPlaceStreak = streak;
                r.flagged = flagged;
                em.persist(r);
                out.add(toResult(r, values.getOrDefault(s.subjectId, Map.of()), bands));
            }
            out.sort((a, b) -> a.group().equals(b.group()) ? Integer.compare(a.rank(), b.rank()) : a.group().compareTo(b.group()));
            publishComputed(em, scheme, period, out);
            return out;
        });
        return results;
    }

    /** Streaks of the latest computed period before this one (a gap in computation breaks no streak). */
    private static Map<String, Integer> previousStreaks(EntityManager em, long schemeId, String period) {
        String previous = em.createQuery("SELECT MAX(r.period) FROM ResultEntity r WHERE r.schemeId = :s AND r.period < :p", String.class)
                .setParameter("s", schemeId).setParameter("p", period).getSingleResult();
        Map<String, Integer> streaks = new HashMap<>();
        if (previous != null) {
            for (Object[] row : em.createQuery("SELECT r.subjectId, r.lastPlaceStreak FROM ResultEntity r WHERE r.schemeId = :s AND r.period = :p",
                    Object[].class).setParameter("s", schemeId).setParameter("p", previous).getResultList()) {
                streaks.put((String) row[0], (Integer) row[1]);
            }
        }
        return streaks;
    }

    @Override
    public Page<SubjectResult> results(long schemeId, String period, String group, Boolean flagged, PageRequest page) {
        return store.tx().read(em -> {
            checkPeriod(load(em, schemeId), period);
            QueryBuilder q = new QueryBuilder("ResultEntity", "r").where("r.schemeId = :s", "s", schemeId).where("r.period = :p", "p", period)
                    .where("r.group = :g", "g", group).where("r.flagged = :f", "f", flagged);
            Page<ResultEntity> rows = q.page(em, ResultEntity.class, page.withDefaultOrder(new PageRequest.Order("rank", true)), RESULT_SORT);
            Map<String, Map<String, Double>> values = new HashMap<>();
            if (!rows.items().isEmpty()) {
                for (ValueEntity v : em.createQuery("SELECT v FROM ValueEntity v WHERE v.schemeId = :s AND v.period = :p AND v.subjectId IN :ids",
                        ValueEntity.class).setParameter("s", schemeId).setParameter("p", period)
                        .setParameter("ids", rows.items().stream().map(r -> r.subjectId).toList()).getResultList()) {
                    values.computeIfAbsent(v.subjectId, k -> new LinkedHashMap<>()).put(v.indicatorKey, v.value);
                }
            }
            List<GradeBand> bands = grades(em, schemeId);
            List<SubjectResult> items = new ArrayList<>();
            rows.items().forEach(r -> items.add(toResult(r, values.getOrDefault(r.subjectId, Map.of()), bands)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public List<String> periods(long schemeId) {
        return store.tx().read(em -> {
            load(em, schemeId);
            // period names of one kind sort as their dates do (2026-03 before 2026-11, 2026-W05 before 2026-W12)
            return em.createQuery("SELECT DISTINCT r.period FROM ResultEntity r WHERE r.schemeId = :s ORDER BY r.period DESC", String.class)
                    .setParameter("s", schemeId).getResultList();
        });
    }

    @Override
    public List<RollUp> rollUp(long schemeId, String period, String jurisdictionCode) {
        if (jurisdictions.find(jurisdictionCode).isEmpty()) {
            throw new NotFoundException("Jurisdiction", jurisdictionCode);
        }
        List<String> codes = new ArrayList<>();
        codes.add(jurisdictionCode);
        Pages.all("code", JurisdictionService.SORTABLE, page -> jurisdictions.list(jurisdictionCode, null, page)).stream()
                .map(Jurisdiction::code).sorted().forEach(codes::add);
        return store.tx().read(em -> {
            checkPeriod(load(em, schemeId), period);
            Map<String, RollUp> byCode = new HashMap<>();
            // One indexed pass over the closure table: every result counts for each listed ancestor.
            String join = " FROM ResultEntity r, JurisdictionAncestry c WHERE r.schemeId = :s AND r.period = :p "
                    + "AND c.descendantCode = r.jurisdictionCode AND c.ancestorCode IN :codes";
            Map<String, Long> flagged = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT c.ancestorCode, COUNT(r)" + join + " AND r.flagged = :yes GROUP BY c.ancestorCode",
                    Object[].class).setParameter("s", schemeId).setParameter("p", period).setParameter("codes", codes)
                    .setParameter("yes", Boolean.TRUE).getResultList()) {
                flagged.put((String) r[0], ((Number) r[1]).longValue());
            }
            for (Object[] r : em.createQuery("SELECT c.ancestorCode, COUNT(r), AVG(r.total), MIN(r.total), MAX(r.total)" + join
                    + " GROUP BY c.ancestorCode", Object[].class).setParameter("s", schemeId).setParameter("p", period)
                    .setParameter("codes", codes).getResultList()) {
                byCode.put((String) r[0], new RollUp((String) r[0], ((Number) r[1]).longValue(), ScoringRules.round(((Number) r[2]).doubleValue()),
                        ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), flagged.getOrDefault((String) r[0], 0L)));
            }
            List<RollUp> result = new ArrayList<>();
            for (String code : codes) {
                result.add(byCode.getOrDefault(code, new RollUp(code, 0, 0, 0, 0, 0)));
            }
            return result;
        });
    }

    // ---- helpers

    private MetricProvider provider(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    private static void checkPeriod(SchemeEntity scheme, String period) {
        if (!scheme.periodKind.isValid(period)) {
            throw new org.jiceng.common.ValidationException("period",
                    "must be a " + scheme.periodKind + " period like " + scheme.periodKind.example());
        }
    }

    private static SchemeEntity load(EntityManager em, long id) {
        SchemeEntity e = em.find(SchemeEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Scoring scheme", id);
        }
        return e;
    }

    private static SubjectEntity subject(EntityManager em, long schemeId, String period, String subjectId) {
        List<SubjectEntity> found = em.createQuery("SELECT s FROM SubjectEntity s WHERE s.schemeId = :s AND s.period = :p AND s.subjectId = :id",
                SubjectEntity.class).setParameter("s", schemeId).setParameter("p", period).setParameter("id", subjectId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<IndicatorEntity> indicators(EntityManager em, long schemeId) {
        return em.createQuery("SELECT i FROM IndicatorEntity i WHERE i.schemeId = :s ORDER BY i.order", IndicatorEntity.class)
                .setParameter("s", schemeId).getResultList();
    }

    private static List<GradeBand> grades(EntityManager em, long schemeId) {
        List<GradeBand> bands = new ArrayList<>();
        em.createQuery("SELECT g FROM GradeEntity g WHERE g.schemeId = :s ORDER BY g.order", GradeEntity.class).setParameter("s", schemeId)
                .getResultList().forEach(g -> bands.add(new GradeBand(g.grade, g.minimum, g.consequence)));
        return bands;
    }

    private static Scheme toScheme(EntityManager em, SchemeEntity e) {
        List<Indicator> indicators = new ArrayList<>();
        indicators(em, e.id).forEach(i -> indicators.add(new Indicator(i.key, i.name, i.weight, i.maximum, i.source, i.metric)));
        return new Scheme(e.id, e.key, e.name, e.subjectKind, e.periodKind, e.jurisdictionCode, indicators, grades(em, e.id), e.lastPlacePeriods,
                e.module, e.version);
    }

    private static SubjectResult toResult(ResultEntity r, Map<String, Double> values, List<GradeBand> bands) {
        String consequence = bands.stream().filter(b -> b.grade().equals(r.grade)).findFirst().map(GradeBand::consequence).orElse(null);
        return new SubjectResult(r.subjectId, r.name, r.jurisdictionCode, r.group, values, r.total, r.rank, r.groupSize, r.grade,
                consequence, r.lastPlaceStreak, r.flagged);
    }
}
