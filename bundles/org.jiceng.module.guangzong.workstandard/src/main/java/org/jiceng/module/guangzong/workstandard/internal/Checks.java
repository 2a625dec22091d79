package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.Evaluation;
import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The yearly checks: a unit's self-check opens its check of the year, its township's check gives the
 * verdict. Evaluations are made in the checklist engine first and linked after: the engine's
 * evaluation is final once submitted, so if the check changed meanwhile (409) the evaluation stays in
 * the engine unlinked — a record of a check that was made, never a figure of this module.
 */
@Component(service = Checks.class)
public class Checks {
    static final Set<String> SORTABLE = Set.of("id", "organizationName", "jurisdictionCode", "year", "townshipMet", "selfCheckedOn");
    private static final Map<String, String> SORT = Map.of("id", "c.id", "organizationName", "c.organizationName", "jurisdictionCode",
            "c.jurisdictionCode", "year", "c.year", "townshipMet", "c.townshipMet", "selfCheckedOn", "c.selfCheckedOn");
    /** The standard was issued well after this; a year before it is a typing error. */
    static final int FIRST_YEAR = 2010;
    static final String SUBJECT_TYPE = "ORGANIZATION";

    private final Store store;
    private final Standards standards;
    private final ChecklistService checklists;
    private final OrganizationService organizations;

    @Activate
    public Checks(@Reference Store store, @Reference Standards standards, @Reference ChecklistService checklists,
            @Reference OrganizationService organizations) {
        this.store = store;
        this.standards = standards;
        this.checklists = checklists;
        this.organizations = organizations;
    }

    /** Filters of the list; any may be null. {@code result} is PENDING, PASSED or BELOW_STANDARD. */
    record Filter(Integer year, String township, String result, Long organizationId) {
    }

    /** The unit checks itself against the standard (自查): its check of the year begins. */
    CheckView selfCheck(String code, CheckInput input, LocalDate today) {
        Validator v = checkInput(input, today).require("organizationId", input.organizationId).require("year", input.year);
        v.range("year", input.year, FIRST_YEAR, today.getYear()).throwIfInvalid();
        PartyOrganization unit = organizations.getWithin(input.organizationId, code);
        Jurisdiction place = store.jurisdictions().get(unit.jurisdictionCode());
        CheckRules.checkUnit(place.level(), unit.name());
        CheckRules.checkInYear(input.checkedOn, input.year);
        int year = input.year;
        CheckRules.checkFirst(find(unit.id(), year) != null, "self-check", year);
        CriteriaSet set = standards.current(unit.jurisdictionCode());
        String township = townshipOf(unit.jurisdictionCode());
        Evaluation done = evaluate(set, unit.id(), unit.jurisdictionCode(), input, unit.name() + "（自查）", unit.jurisdictionCode());
        return store.tx().write(em -> {
            CheckRules.checkFirst(!em.createQuery("SELECT c.id FROM CheckEntity c WHERE c.organizationId = :o AND c.year = :y", Long.class)
                    .setParameter("o", unit.id()).setParameter("y", year).getResultList().isEmpty(), "self-check", year);
            CheckEntity c = new CheckEntity();
            c.organizationId = unit.id();
            c.organizationName = unit.name();
            c.jurisdictionCode = unit.jurisdictionCode();
            c.townshipCode = township;
            c.year = year;
            c.criteriaKey = set.key();
            c.criteriaVersion = set.version();
            c.selfEvaluationId = done.id();
            c.selfMet = done.metCount();
            c.selfPassed = Boolean.TRUE.equals(done.passed());
            c.selfCheckedOn = input.checkedOn;
            c.selfChecker = input.checker.trim();
            c.recordedBy = Store.caller();
            em.persist(c);
            em.flush();
            return CheckView.of(c);
        });
    }

    /** The unit's township checks it (乡镇检查) after its self-check; this check's result is the one counted. */
    CheckView townshipCheck(String code, long id, CheckInput input, LocalDate today) {
        Validator v = checkInput(input, today).require("version", input.version);
        v.throwIfInvalid();
        CheckView before = get(code, id);
        ConflictException.requireVersion("Check", id, before.version, input.version);
        checkTownshipRules(code, before, input.checkedOn);
        CriteriaSet set = standards.version(before.criteriaKey, before.criteriaVersion);
        Jurisdiction township = store.jurisdictions().get(before.townshipCode);
        Evaluation done = evaluate(set, before.organizationId, before.jurisdictionCode, input, township.name() + "党委", township.code());
        List<String> unmetTasks = new ArrayList<>();
        List<String> unmetCategories = unmet(set, done.answers(), unmetTasks);
        return store.tx().write(em -> {
            CheckEntity c = load(em, code, id);
            ConflictException.requireVersion("Check", id, c.version, input.version);
            checkTownshipRules(code, CheckView.of(c), input.checkedOn);
            c.townshipEvaluationId = done.id();
            c.townshipMet = done.metCount();
            c.townshipPassed = Boolean.TRUE.equals(done.passed());
            c.townshipCheckedOn = input.checkedOn;
            c.townshipChecker = input.checker.trim();
            c.unmetCategories = String.join(",", unmetCategories);
            c.unmetTasks = String.join(",", unmetTasks);
            em.flush();
            return CheckView.of(c);
        });
    }

    private void checkTownshipRules(String code, CheckView check, LocalDate checkedOn) {
        CheckRules.checkFirst(check.townshipEvaluationId != null, "township check", check.year);
        CheckRules.checkByTownship(store.jurisdictions().get(code).level(), code, check.townshipCode);
        CheckRules.checkInYear(checkedOn, check.year);
        CheckRules.checkAfterSelfCheck(check.selfCheckedOn, checkedOn);
    }

    CheckView get(String code, long id) {
        return store.tx().read(em -> CheckView.of(load(em, code, id)));
    }

    Page<CheckView> list(String code, Filter filter, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("CheckEntity", "c").where("c.jurisdictionCode IN :codes", "codes", codes)
                    .where("c.year = :year", "year", filter.year()).where("c.townshipCode = :township", "township", filter.township())
                    .where("c.organizationId = :org", "org", filter.organizationId());
            if ("PENDING".equals(filter.result())) {
                q.where("c.townshipPassed IS NULL");
            } else if (filter.result() != null) {
                q.where("c.townshipPassed = :passed", "passed", "PASSED".equals(filter.result()));
            }
            Page<CheckEntity> rows = q.page(em, CheckEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(CheckView::of).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Every check of the year in the subtree (a county has a few hundred villages, not more). */
    List<CheckView> all(String code, int year) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery("SELECT c FROM CheckEntity c WHERE c.jurisdictionCode IN :codes AND c.year = :y ORDER BY c.id",
                CheckEntity.class).setParameter("codes", codes).setParameter("y", year).getResultList().stream().map(CheckView::of).toList());
    }

    /** The unit's evaluations in the engine, self-check first. */
    List<Evaluation> evaluations(String code, long id) {
        CheckView c = get(code, id);
        List<Evaluation> out = new ArrayList<>();
        out.add(checklists.getEvaluation(c.selfEvaluationId));
        if (c.townshipEvaluationId != null) {
            out.add(checklists.getEvaluation(c.townshipEvaluationId));
        }
        return out;
    }

    CheckView find(long organizationId, int year) {
        return store.tx().read(em -> em.createQuery("SELECT c FROM CheckEntity c WHERE c.organizationId = :o AND c.year = :y", CheckEntity.class)
                .setParameter("o", organizationId).setParameter("y", year).getResultList().stream().findFirst().map(CheckView::of).orElse(null));
    }

    /** The categories not wholly met, in the standard's order; the tasks not met are added to {@code unmetTasks}. */
    static List<String> unmet(CriteriaSet set, List<Answer> answers, List<String> unmetTasks) {
        Set<String> met = new LinkedHashSet<>();
        for (Answer a : answers) {
            if (Boolean.TRUE.equals(a.met())) {
                met.add(a.criterionKey());
            }
        }
        List<String> categories = new ArrayList<>();
        for (Aspect aspect : set.aspects()) {
            boolean whole = true;
            for (Criterion c : aspect.criteria()) {
                if (!met.contains(c.key())) {
                    unmetTasks.add(c.key());
                    whole = false;
                }
            }
            if (!whole) {
                categories.add(aspect.key());
            }
        }
        return categories;
    }

    private Evaluation evaluate(CriteriaSet set, long organizationId, String jurisdictionCode, CheckInput input, String unit, String evaluatorCode) {
        checkAllAnswered(set, input);
        Evaluation draft = checklists.start(set.key(), new Evaluation(null, set.key(), set.version(), SUBJECT_TYPE, String.valueOf(organizationId),
                jurisdictionCode, input.checker.trim(), unit, evaluatorCode, false, null, input.toAnswers(), null, null, null, null, null, null));
        return checklists.submit(draft.id(), draft.version());
    }

    /** Refused before the engine is reached, so an incomplete form leaves no draft behind; the rule is the engine's own. */
    static void checkAllAnswered(CriteriaSet set, CheckInput input) {
        Set<String> missing = new LinkedHashSet<>();
        set.aspects().forEach(a -> a.criteria().forEach(c -> missing.add(c.key())));
        Set<String> known = new LinkedHashSet<>(missing);
        Validator v = new Validator();
        for (int i = 0; i < input.answers.size(); i++) {
            CheckInput.AnswerInput a = input.answers.get(i);
            v.check(known.contains(a.taskKey.trim()), "answers[" + i + "].taskKey", "is not a task of the standard");
            missing.remove(a.taskKey.trim());
        }
        v.throwIfInvalid();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(ChecklistService.RULE_ALL_ANSWERED, "Every task is answered; missing: " + String.join(", ", missing));
        }
    }

    private static Validator checkInput(CheckInput input, LocalDate today) {
        Validator v = new Validator().require("checker", Store.blankToNull(input.checker)).maxLength("checker", input.checker, 100)
                .require("checkedOn", input.checkedOn).require("answers", input.answers);
        v.check(input.checkedOn == null || !input.checkedOn.isAfter(today), "checkedOn", "must not be in the future");
        if (input.answers != null) {
            for (int i = 0; i < input.answers.size(); i++) {
                CheckInput.AnswerInput a = input.answers.get(i);
                v.check(a != null && a.taskKey != null && !a.taskKey.isBlank(), "answers[" + i + "].taskKey", "is required");
                v.check(a == null || a.met != null, "answers[" + i + "].met", "is required (true or false)");
                v.maxLength("answers[" + i + "].evidence", a == null ? null : a.evidence, 500).maxLength("answers[" + i + "].comment",
                        a == null ? null : a.comment, 500);
            }
        }
        return v;
    }

    private String townshipOf(String code) {
        String township = store.townshipOf(code);
        if (township == null) {
            throw new IllegalStateException("No township above " + code);
        }
        return township;
    }

    private CheckEntity load(EntityManager em, String code, long id) {
        return store.find(em, CheckEntity.class, id, "Check", code, c -> c.jurisdictionCode);
    }
}
