package org.jiceng.core.checklists.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.ChecklistEvents;
import org.jiceng.checklist.ChecklistResults;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.Evaluation;
import org.jiceng.checklist.EvaluationStatus;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ChecklistService.class)
public class ChecklistServiceImpl implements ChecklistService {
    private static final String IN_SUBTREE = JurisdictionAncestry.SUBTREE_CODES;

    private final ChecklistStore store;
    private final JurisdictionService jurisdictions;
    private final EventOutbox events;
    private final Clock clock;

    @Activate
    public ChecklistServiceImpl(@Reference ChecklistStore store, @Reference JurisdictionService jurisdictions, @Reference EventOutbox events) {
        this(store, jurisdictions, events, Clock.systemDefaultZone());
    }

    ChecklistServiceImpl(ChecklistStore store, JurisdictionService jurisdictions, EventOutbox events, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CriteriaSet define(CriteriaSet in) {
        ChecklistRules.checkSet(in);
        String key = in.key().trim();
        CriteriaSet result = store.tx().write(em -> {
            for (Aspect a : in.aspects()) {
                for (int i = 0; i < a.criteria().size(); i++) {
                    String code = a.criteria().get(i).jurisdictionCode();
                    if (code != null && !code.isBlank() && jurisdictions.find(code.trim()).isEmpty()) {
                        throw new ValidationException("jurisdictionCode", "no jurisdiction " + code);
                    }
                }
            }
            CriteriaSetEntity latest = latest(em, key);
            if (latest != null) {
                CriteriaSet current = toDto(em, latest);
                if (ChecklistRules.sameDefinition(current, in)) {
                    return current;
                }
            }
            CriteriaSetEntity s = new CriteriaSetEntity();
            s.key = key;
            s.name = in.name().trim();
            s.setVersion = latest == null ? 1 : latest.setVersion + 1;
            s.minimumScore = in.minimumScore();
            s.minimumShareMet = in.minimumShareMet();
            s.definedAt = LocalDateTime.now(clock);
            em.persist(s);
            em.flush();
            for (int a = 0; a < in.aspects().size(); a++) {
                Aspect aspect = in.aspects().get(a);
                for (int c = 0; c < aspect.criteria().size(); c++) {
                    Criterion k = aspect.criteria().get(c);
                    CriterionEntity e = new CriterionEntity();
                    e.setId = s.id;
                    e.aspectIndex = a;
                    e.aspectKey = aspect.key().trim();
                    e.aspectName = aspect.name().trim();
                    e.criterionIndex = c;
                    e.key = k.key().trim();
                    e.text = k.text().trim();
                    e.kind = k.kind();
                    e.maximum = k.maximum();
                    e.passScore = k.passScore();
                    e.required = k.required();
                    e.jurisdictionCode = k.jurisdictionCode() == null || k.jurisdictionCode().isBlank() ? null : k.jurisdictionCode().trim();
                    e.moduleOwner = k.moduleOwner() == null || k.moduleOwner().isBlank() ? null : k.moduleOwner().trim();
                    em.persist(e);
                }
            }
            em.flush();
            CriteriaSet defined = toDto(em, s);
            events.publish(em, ChecklistEvents.DEFINED,
                    Map.of(ChecklistEvents.KEY, defined.key(), ChecklistEvents.VERSION, defined.version(), ChecklistEvents.ID, defined.id()));
            return defined;
        });
        return result;
    }

    @Override
    public List<CriteriaSet> list() {
        return store.tx().read(em -> {
            List<CriteriaSet> out = new ArrayList<>();
            em.createQuery("SELECT s FROM CriteriaSetEntity s WHERE s.setVersion = (SELECT MAX(t.setVersion) FROM CriteriaSetEntity t "
                    + "WHERE t.key = s.key) ORDER BY s.key", CriteriaSetEntity.class).getResultList().forEach(s -> out.add(toDto(em, s)));
            return out;
        });
    }

    @Override
    public CriteriaSet get(String key, Integer version) {
        new Validator().require("key", key).throwIfInvalid();
        return store.tx().read(em -> toDto(em, loadSet(em, key, version)));
    }

    @Override
    public Evaluation start(String key, Evaluation in) {
        new Validator().require("key", key).require("subjectType", in.subjectType()).maxLength("subjectType", in.subjectType(), 32)
                .require("subjectId", in.subjectId()).maxLength("subjectId", in.subjectId(), 64)
                .require("subjectJurisdictionCode", in.subjectJurisdictionCode()).require("evaluator", in.evaluator())
                .maxLength("evaluator", in.evaluator(), 100).require("evaluatorUnit", in.evaluatorUnit())
                .maxLength("evaluatorUnit", in.evaluatorUnit(), 200).require("evaluatorJurisdictionCode", in.evaluatorJurisdictionCode())
                .throwIfInvalid();
        return store.tx().write(em -> {
            CriteriaSetEntity s = loadSet(em, key, in.criteriaVersion());
            String subjectCode = in.subjectJurisdictionCode().trim();
            String evaluatorCode = in.evaluatorJurisdictionCode().trim();
            if (jurisdictions.find(subjectCode).isEmpty()) {
                throw new ValidationException("subjectJurisdictionCode", "no jurisdiction " + subjectCode);
            }
            if (jurisdictions.find(evaluatorCode).isEmpty()) {
                throw new ValidationException("evaluatorJurisdictionCode", "no jurisdiction " + evaluatorCode);
            }
            Map<String, Criterion> criteria = criteriaByKey(em, s.id);
            if (in.answers() != null && !in.answers().isEmpty()) {
                ChecklistRules.checkAnswers(criteria, in.answers());
            }
            EvaluationEntity e = new EvaluationEntity();
            e.setId = s.id;
            e.setKey = s.key;
            e.setVersion = s.setVersion;
            e.subjectType = in.subjectType().trim();
            e.subjectId = in.subjectId().trim();
            e.subjectJurisdictionCode = subjectCode;
            e.evaluator = in.evaluator().trim();
            e.evaluatorUnit = in.evaluatorUnit().trim();
            e.evaluatorJurisdictionCode = evaluatorCode;
            e.crossInspection = em.createQuery("SELECT COUNT(c) FROM JurisdictionAncestry c WHERE c.ancestorCode = :a "
                    + "AND c.descendantCode = :d", Long.class).setParameter("a", evaluatorCode).setParameter("d", subjectCode)
                    .getSingleResult() == 0;
            e.status = EvaluationStatus.DRAFT;
            e.updatedAt = LocalDateTime.now(clock);
            em.persist(e);
            em.flush();
            if (in.answers() != null) {
                merge(em, e, in.answers());
            }
            return toDto(em, e);
        });
    }

    @Override
    public Evaluation getEvaluation(long id) {
        return store.tx().read(em -> toDto(em, loadEvaluation(em, id)));
    }

    @Override
    public Evaluation answer(long id, List<Answer> answers, long version) {
        return store.tx().write(em -> {
            EvaluationEntity e = loadDraft(em, id, version);
            ChecklistRules.checkAnswers(criteriaByKey(em, e.setId), answers);
            merge(em, e, answers);
            e.updatedAt = LocalDateTime.now(clock); // answers live in their own rows; the evaluation's version still moves
            em.flush();
            return toDto(em, e);
        });
    }

    @Override
    public Evaluation submit(long id, long version) {
        Evaluation submitted = store.tx().write(em -> {
            EvaluationEntity e = loadDraft(em, id, version);
            CriteriaSetEntity s = em.find(CriteriaSetEntity.class, e.setId);
            List<Criterion> criteria = new ArrayList<>(criteriaByKey(em, e.setId).values());
            ChecklistRules.Result r = ChecklistRules.result(criteria, answersByKey(em, e.id), s.minimumScore, s.minimumShareMet);
            e.passed = r.passed();
            e.metCount = r.metCount();
            e.scoreTotal = r.scoreTotal();
            e.shareMet = r.shareMet();
            e.status = EvaluationStatus.SUBMITTED;
            e.submittedAt = LocalDateTime.now(clock);
            e.updatedAt = e.submittedAt;
            em.flush();
            Evaluation done = toDto(em, e);
            events.publish(em, ChecklistEvents.SUBMITTED, Map.of(ChecklistEvents.ID, done.id(), ChecklistEvents.KEY, done.criteriaKey(),
                    ChecklistEvents.VERSION, done.criteriaVersion(), ChecklistEvents.JURISDICTION_CODE, done.subjectJurisdictionCode(),
                    ChecklistEvents.PASSED, done.passed(), ChecklistEvents.CROSS_INSPECTION, done.crossInspection()));
            return done;
        });
        return submitted;
    }

    @Override
    public Page<Evaluation> findEvaluations(String jurisdictionCode, String key, Boolean passed, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("EvaluationEntity", "e")
                    .where("e.subjectJurisdictionCode IN " + IN_SUBTREE, "scope", jurisdictionCode).where("e.setKey = :key", "key", key)
                    .where("e.passed = :passed", "passed", passed);
            Page<EvaluationEntity> rows = q.page(em, EvaluationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)),
                    Map.of("id", "e.id", "scoreTotal", "e.scoreTotal", "submittedAt", "e.submittedAt", "status", "e.status"));
            List<Evaluation> items = new ArrayList<>();
            rows.items().forEach(e -> items.add(toDto(em, e)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public ChecklistResults results(String key, String jurisdictionCode, Integer version) {
        new Validator().require("key", key).require("jurisdiction", jurisdictionCode).throwIfInvalid();
        return store.tx().read(em -> {
            CriteriaSetEntity s = loadSet(em, key, version);
            if (jurisdictions.find(jurisdictionCode).isEmpty()) {
                throw new NotFoundException("Jurisdiction", jurisdictionCode);
            }
            List<String> codes = new ArrayList<>();
            codes.add(jurisdictionCode);
            Pages.all("code", JurisdictionService.SORTABLE, page -> jurisdictions.list(jurisdictionCode, null, page)).stream()
                    .map(Jurisdiction::code).sorted().forEach(codes::add);
            // the latest submitted evaluation of each subject in the subtree
            Map<String, EvaluationEntity> latest = new LinkedHashMap<>();
            em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.setId = :s AND e.status = :submitted AND e.subjectJurisdictionCode IN "
                    + IN_SUBTREE + " ORDER BY e.id DESC", EvaluationEntity.class).setParameter("s", s.id)
                    .setParameter("submitted", EvaluationStatus.SUBMITTED).setParameter("scope", jurisdictionCode).getResultList()
                    .forEach(e -> latest.putIfAbsent(e.subjectType + "/" + e.subjectId, e));
            Set<Long> counted = new HashSet<>();
            latest.values().forEach(e -> counted.add(e.id));
            // one pass over the closure table: each evaluation counts for each listed ancestor
            Map<String, long[]> tally = new HashMap<>();
            Map<Long, Boolean> passedById = new HashMap<>();
            latest.values().forEach(e -> passedById.put(e.id, Boolean.TRUE.equals(e.passed)));
            for (Object[] row : em.createQuery("SELECT c.ancestorCode, e.id FROM EvaluationEntity e, JurisdictionAncestry c "
                    + "WHERE e.setId = :s AND e.status = :submitted AND c.descendantCode = e.subjectJurisdictionCode AND c.ancestorCode IN :codes",
                    Object[].class).setParameter("s", s.id).setParameter("submitted", EvaluationStatus.SUBMITTED).setParameter("codes", codes)
                    .getResultList()) {
                Long id = ((Number) row[1]).longValue();
                if (counted.contains(id)) {
                    long[] t = tally.computeIfAbsent((String) row[0], c -> new long[2]);
                    t[0]++;
                    if (passedById.get(id)) {
                        t[1]++;
                    }
                }
            }
            List<ChecklistResults.PassRate> rates = new ArrayList<>();
            for (String code : codes) {
                long[] t = tally.getOrDefault(code, new long[2]);
                rates.add(new ChecklistResults.PassRate(code, t[0], t[1], ChecklistRules.rate(t[1], t[0])));
            }
            List<ChecklistResults.Ranked> ranking = new ArrayList<>();
            for (ChecklistRules.Ranked<EvaluationEntity> r : ChecklistRules.rank(new ArrayList<>(latest.values()), e -> e.scoreTotal,
                    Comparator.comparing((EvaluationEntity e) -> e.subjectType).thenComparing(e -> e.subjectId))) {
                EvaluationEntity e = r.item();
                ranking.add(new ChecklistResults.Ranked(r.rank(), e.id, e.subjectType, e.subjectId, e.subjectJurisdictionCode, e.scoreTotal,
                        e.metCount, Boolean.TRUE.equals(e.passed), e.crossInspection));
            }
            return new ChecklistResults(s.key, s.setVersion, jurisdictionCode, rates, ranking);
        });
    }

    // ---- helpers

    private static void merge(EntityManager em, EvaluationEntity e, List<Answer> answers) {
        Map<String, AnswerEntity> existing = new HashMap<>();
        em.createQuery("SELECT a FROM AnswerEntity a WHERE a.evaluationId = :e", AnswerEntity.class).setParameter("e", e.id).getResultList()
                .forEach(a -> existing.put(a.criterionKey, a));
        for (Answer in : answers) {
            String key = in.criterionKey().trim();
            AnswerEntity a = existing.get(key);
            if (a == null) {
                a = new AnswerEntity();
                a.evaluationId = e.id;
                a.criterionKey = key;
                em.persist(a);
            }
            a.met = in.met();
            a.score = in.score();
            a.evidence = in.evidence() == null || in.evidence().isBlank() ? null : in.evidence().trim();
            a.comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().trim();
        }
        em.flush();
    }

    private static CriteriaSetEntity latest(EntityManager em, String key) {
        List<CriteriaSetEntity> found = em.createQuery("SELECT s FROM CriteriaSetEntity s WHERE s.key = :k ORDER BY s.setVersion DESC",
                CriteriaSetEntity.class).setParameter("k", key).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static CriteriaSetEntity loadSet(EntityManager em, String key, Integer version) {
        CriteriaSetEntity s;
        if (version == null) {
            s = latest(em, key.trim());
        } else {
            List<CriteriaSetEntity> found = em.createQuery("SELECT s FROM CriteriaSetEntity s WHERE s.key = :k AND s.setVersion = :v",
                    CriteriaSetEntity.class).setParameter("k", key.trim()).setParameter("v", version).getResultList();
            s = found.isEmpty() ? null : found.get(0);
        }
        if (s == null) {
            throw new NotFoundException("Criteria set", version == null ? key : key + " version " + version);
        }
        return s;
    }

    private static EvaluationEntity loadEvaluation(EntityManager em, long id) {
        EvaluationEntity e = em.find(EvaluationEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Evaluation", id);
        }
        return e;
    }

    private static EvaluationEntity loadDraft(EntityManager em, long id, long version) {
        EvaluationEntity e = loadEvaluation(em, id);
        if (e.status == EvaluationStatus.SUBMITTED) {
            throw new ConflictException("Evaluation " + id + " is submitted and read-only");
        }
        ConflictException.requireVersion("Evaluation", id, e.version, version);
        return e;
    }

    private static List<CriterionEntity> criteria(EntityManager em, long setId) {
        return em.createQuery("SELECT c FROM CriterionEntity c WHERE c.setId = :s ORDER BY c.aspectIndex, c.criterionIndex",
                CriterionEntity.class).setParameter("s", setId).getResultList();
    }

    private static Map<String, Criterion> criteriaByKey(EntityManager em, long setId) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        criteria(em, setId).forEach(c -> out.put(c.key, toDto(c)));
        return out;
    }

    private static Map<String, Answer> answersByKey(EntityManager em, long evaluationId) {
        Map<String, Answer> out = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM AnswerEntity a WHERE a.evaluationId = :e ORDER BY a.id", AnswerEntity.class)
                .setParameter("e", evaluationId).getResultList()
                .forEach(a -> out.put(a.criterionKey, new Answer(a.criterionKey, a.met, a.score, a.evidence, a.comment)));
        return out;
    }

    private static Criterion toDto(CriterionEntity c) {
        return new Criterion(c.key, c.text, c.kind, c.maximum, c.passScore, c.required, c.jurisdictionCode, c.moduleOwner);
    }

    private static CriteriaSet toDto(EntityManager em, CriteriaSetEntity s) {
        List<Aspect> aspects = new ArrayList<>();
        int index = -1;
        List<Criterion> current = null;
        for (CriterionEntity c : criteria(em, s.id)) {
            if (c.aspectIndex != index) {
                index = c.aspectIndex;
                current = new ArrayList<>();
                aspects.add(new Aspect(c.aspectKey, c.aspectName, current));
            }
            current.add(toDto(c));
        }
        return new CriteriaSet(s.id, s.key, s.name, s.setVersion, aspects, s.minimumScore, s.minimumShareMet, s.definedAt);
    }

    private static Evaluation toDto(EntityManager em, EvaluationEntity e) {
        // answers in the order of the criteria
        Map<String, Answer> given = answersByKey(em, e.id);
        List<Answer> answers = new ArrayList<>();
        for (String key : criteriaByKey(em, e.setId).keySet()) {
            Answer a = given.get(key);
            if (a != null) {
                answers.add(a);
            }
        }
        return new Evaluation(e.id, e.setKey, e.setVersion, e.subjectType, e.subjectId, e.subjectJurisdictionCode, e.evaluator,
                e.evaluatorUnit, e.evaluatorJurisdictionCode, e.crossInspection, e.status, answers, e.passed, e.metCount, e.scoreTotal,
                e.shareMet, e.submittedAt, e.version);
    }
}
