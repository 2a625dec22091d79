package org.jiceng.module.wugang.twocreations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.Evaluation;
import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applications and their way through self-check, cross-inspection and acceptance. Evaluations are
 * made in the checklist engine first and linked to the application after: the engine's evaluation is
 * final once submitted, so if the application changed meanwhile (409) the evaluation stays in the
 * engine unlinked — a record of an inspection that was made, never a figure of this module.
 */
@Component(service = Applications.class)
public class Applications {
    static final Set<String> SORTABLE = Set.of("id", "organizationName", "jurisdictionCode", "year", "stage", "crossScore", "appliedOn");
    private static final Map<String, String> SORT = Map.of("id", "a.id", "organizationName", "a.organizationName", "jurisdictionCode",
            "a.jurisdictionCode", "year", "a.year", "stage", "a.stage", "crossScore", "a.crossScore", "appliedOn", "a.appliedOn");
    /** The campaign began well after this; a year before it is a typing error. */
    static final int FIRST_YEAR = 2010;
    static final String SUBJECT_TYPE = "ORGANIZATION";

    private final Store store;
    private final CriteriaSets criteria;
    private final ChecklistService checklists;
    private final OrganizationService organizations;

    @Activate
    public Applications(@Reference Store store, @Reference CriteriaSets criteria, @Reference ChecklistService checklists,
            @Reference OrganizationService organizations) {
        this.store = store;
        this.criteria = criteria;
        this.checklists = checklists;
        this.organizations = organizations;
    }

    /** Filters of the list; any may be null. */
    record Filter(CreationLevel level, Integer year, Stage stage, String township, Long organizationId) {
    }

    ApplicationView apply(String code, Long organizationId, CreationLevel level, Integer year, LocalDate today) {
        new Validator().require("organizationId", organizationId).require("level", level).require("year", year)
                .range("year", year, FIRST_YEAR, today.getYear()).throwIfInvalid();
        PartyOrganization branch = organizations.getWithin(organizationId, code);
        CreationRules.checkApplicant(branch.type(), branch.name());
        CriteriaSet set = criteria.current(level);
        String township = store.townshipOf(branch.jurisdictionCode());
        return store.tx().write(em -> {
            boolean applied = !em.createQuery("SELECT a.id FROM ApplicationEntity a WHERE a.organizationId = :o AND a.level = :l AND a.year = :y",
                    Long.class).setParameter("o", organizationId).setParameter("l", level).setParameter("y", year).getResultList().isEmpty();
            CreationRules.checkNotApplied(applied, level, year);
            CreationRules.checkModelBuildsOnStandardized(level, standardizedSince(em, organizationId), year);
            ApplicationEntity a = new ApplicationEntity();
            a.organizationId = organizationId;
            a.organizationName = branch.name();
            a.jurisdictionCode = branch.jurisdictionCode();
            a.townshipCode = township;
            a.level = level;
            a.year = year;
            a.criteriaKey = set.key();
            a.criteriaVersion = set.version();
            a.appliedOn = today;
            a.appliedBy = Store.caller();
            em.persist(a);
            em.flush();
            return a.toView();
        });
    }

    ApplicationView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    Page<ApplicationView> list(String code, Filter filter, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ApplicationEntity", "a").where("a.jurisdictionCode IN :codes", "codes", codes)
                    .where("a.level = :level", "level", filter.level()).where("a.year = :year", "year", filter.year())
                    .where("a.stage = :stage", "stage", filter.stage()).where("a.townshipCode = :township", "township", filter.township())
                    .where("a.organizationId = :org", "org", filter.organizationId());
            Page<ApplicationEntity> rows = q.page(em, ApplicationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(ApplicationEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Every application of a level and year in the subtree (a county has hundreds of branches, not more). */
    List<ApplicationView> all(String code, CreationLevel level, int year) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.jurisdictionCode IN :codes AND a.level = :l "
                + "AND a.year = :y ORDER BY a.id", ApplicationEntity.class).setParameter("codes", codes).setParameter("l", level)
                .setParameter("y", year).getResultList().stream().map(ApplicationEntity::toView).toList());
    }

    /** The branch checks itself (自查) against the criteria; repeated after rectification until it is cross-inspected. */
    ApplicationView selfCheck(String code, long id, EvaluationInput input, LocalDate today) {
        checkInput(input, false);
        ApplicationView before = get(code, id);
        checkVersion(before.id, before.version, input.version);
        CreationRules.checkSelfCheckOpen(before.stage);
        Evaluation done = evaluate(before, input, before.organizationName + "（自查）", before.jurisdictionCode);
        return store.tx().write(em -> {
            ApplicationEntity a = load(em, code, id);
            checkVersion(a.id, a.version, input.version);
            CreationRules.checkSelfCheckOpen(a.stage);
            a.selfCheckEvaluationId = done.id();
            a.selfCheckScore = done.scoreTotal();
            a.selfCheckPassed = done.passed();
            a.selfCheckedOn = today;
            a.stage = Stage.SELF_CHECKED;
            em.flush();
            return a.toView();
        });
    }

    /** Another township's discipline and organization committee member inspects the branch (交叉检查). */
    ApplicationView crossInspect(String code, long id, EvaluationInput input, LocalDate today) {
        checkInput(input, true);
        String inspectorTownship = input.inspectorTownship.trim();
        Jurisdiction township = store.jurisdictions().find(inspectorTownship).filter(j -> j.level() == JurisdictionLevel.TOWNSHIP)
                .orElseThrow(() -> new ValidationException("inspectorTownship", "must be the code of a township, e.g. 430581102"));
        ApplicationView before = get(code, id);
        checkVersion(before.id, before.version, input.version);
        CreationRules.checkCrossInspection(before.stage, before.selfCheckPassed, before.townshipCode, inspectorTownship,
                countyOf(inspectorTownship), countyOf(before.jurisdictionCode));
        Evaluation done = evaluate(before, input, township.name() + "纪检组织委员", inspectorTownship);
        return store.tx().write(em -> {
            ApplicationEntity a = load(em, code, id);
            checkVersion(a.id, a.version, input.version);
            CreationRules.checkCrossInspection(a.stage, a.selfCheckPassed, a.townshipCode, inspectorTownship, countyOf(inspectorTownship),
                    countyOf(a.jurisdictionCode));
            a.crossEvaluationId = done.id();
            a.crossScore = done.scoreTotal();
            a.crossMetCount = done.metCount();
            a.crossPassed = done.passed();
            a.inspector = input.evaluator.trim();
            a.inspectorTownship = inspectorTownship;
            a.crossInspectedOn = today;
            a.stage = Stage.CROSS_INSPECTED;
            em.flush();
            return a.toView();
        });
    }

    /** The county's acceptance (验收): accepted only on a passed cross-inspection; rejected at any point after it. */
    ApplicationView decide(String code, long id, Boolean approve, String note, Long version, LocalDate today) {
        new Validator().require("approve", approve).require("version", version).maxLength("note", note, 1000).throwIfInvalid();
        boolean countyLevel = store.jurisdictions().get(code).level() == JurisdictionLevel.COUNTY;
        return store.tx().write(em -> {
            ApplicationEntity a = load(em, code, id);
            checkVersion(a.id, a.version, version);
            CreationRules.checkAcceptance(a.stage, a.crossPassed, approve, countyLevel);
            a.stage = approve ? Stage.ACCEPTED : Stage.REJECTED;
            a.decidedBy = Store.caller();
            a.decidedOn = today;
            a.decisionNote = note == null || note.isBlank() ? null : note.trim();
            em.flush();
            return a.toView();
        });
    }

    /** The evaluations of an application in the engine, self-check first. */
    List<Evaluation> evaluations(String code, long id) {
        ApplicationView a = get(code, id);
        List<Evaluation> out = new ArrayList<>();
        if (a.selfCheckEvaluationId != null) {
            out.add(checklists.getEvaluation(a.selfCheckEvaluationId));
        }
        if (a.crossEvaluationId != null) {
            out.add(checklists.getEvaluation(a.crossEvaluationId));
        }
        return out;
    }

    /** The branch's application for the level and year, or null. */
    ApplicationView find(long organizationId, CreationLevel level, int year) {
        return store.tx().read(em -> em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.organizationId = :o AND a.level = :l AND a.year = :y",
                ApplicationEntity.class).setParameter("o", organizationId).setParameter("l", level).setParameter("y", year).getResultList().stream()
                .findFirst().map(ApplicationEntity::toView).orElse(null));
    }

    /** Applications of the level accepted in {@code year} or before, in the subtree: the branches holding the title, earliest acceptance first. */
    List<ApplicationView> accepted(String code, CreationLevel level, int year) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.jurisdictionCode IN :codes AND a.level = :l "
                + "AND a.year <= :y AND a.stage = :s ORDER BY a.year, a.id", ApplicationEntity.class).setParameter("codes", codes)
                .setParameter("l", level)
                .setParameter("y", year).setParameter("s", Stage.ACCEPTED).getResultList().stream().map(ApplicationEntity::toView).toList());
    }

    private Evaluation evaluate(ApplicationView a, EvaluationInput input, String unit, String evaluatorCode) {
        CriteriaSet set = criteria.version(a.criteriaKey, a.criteriaVersion);
        checkAllAnswered(CriteriaSets.criteria(set), input);
        Evaluation draft = checklists.start(a.criteriaKey, new Evaluation(null, a.criteriaKey, a.criteriaVersion, SUBJECT_TYPE,
                String.valueOf(a.organizationId), a.jurisdictionCode, input.evaluator.trim(), unit, evaluatorCode, false, null, input.toAnswers(),
                null,
                null, null, null, null, null));
        return checklists.submit(draft.id(), draft.version());
    }

    /** Refused before the engine is reached, so an incomplete form leaves no draft behind; the rule is the engine's own. */
    static void checkAllAnswered(List<Criterion> criteria, EvaluationInput input) {
        Set<String> missing = new LinkedHashSet<>();
        criteria.forEach(c -> missing.add(c.key()));
        for (EvaluationInput.AnswerInput a : input.answers) {
            if (a != null && a.criterionKey != null && a.score != null) {
                missing.remove(a.criterionKey.trim());
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(ChecklistService.RULE_ALL_ANSWERED, "Every criterion is scored; missing: " + String.join(", ", missing));
        }
    }

    private static void checkInput(EvaluationInput input, boolean cross) {
        Validator v = new Validator().require("evaluator", input.evaluator).maxLength("evaluator", input.evaluator, 100)
                .require("answers", input.answers).require("version", input.version);
        if (cross) {
            v.require("inspectorTownship", input.inspectorTownship);
        }
        if (input.answers != null) {
            for (int i = 0; i < input.answers.size(); i++) {
                v.check(input.answers.get(i) != null && input.answers.get(i).criterionKey != null, "answers[" + i + "].criterionKey", "is required");
            }
        }
        v.throwIfInvalid();
    }

    private static Integer standardizedSince(EntityManager em, long organizationId) {
        return em.createQuery("SELECT MIN(a.year) FROM ApplicationEntity a WHERE a.organizationId = :o AND a.level = :l AND a.stage = :s",
                Integer.class).setParameter("o", organizationId).setParameter("l", CreationLevel.STANDARDIZED).setParameter("s", Stage.ACCEPTED)
                .getSingleResult();
    }

    /**
     * The county the code lies in, null where no county lies above it (a township directly under a city, as in 东莞):
     * two such townships are in the same "county" for the cross-inspection, which the kit's countyOf (the code itself
     * there) would refuse.
     */
    private @Nullable String countyOf(String code) {
        return store.jurisdictions().ancestorAt(code, JurisdictionLevel.COUNTY).map(Jurisdiction::code).orElse(null);
    }

    private ApplicationEntity load(EntityManager em, String code, long id) {
        return store.find(em, ApplicationEntity.class, id, "Application", code, a -> a.jurisdictionCode);
    }

    private static void checkVersion(long id, long actual, long claimed) {
        ConflictException.requireVersion("Application", id, actual, claimed);
    }
}
