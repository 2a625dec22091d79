package org.jiceng.checklist;

import java.util.List;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Acceptance checklists. Changing a submitted evaluation or a stale version is a ConflictException;
 * submitting with a criterion unanswered is a RuleViolationException with rule {@link #RULE_ALL_ANSWERED};
 * an answer of the wrong kind is a ValidationException naming the field (e.g. {@code answers[2].score}).
 */
@ProviderType
public interface ChecklistService {
    String RULE_ALL_ANSWERED = "checklist-all-answered";

    String EVENT_TOPIC_PREFIX = "org/jiceng/checklist/";

    /** Defines a criteria set; under an existing key a changed set becomes the next version, an unchanged one is returned as it is. */
    CriteriaSet define(CriteriaSet set);

    /** The latest version of each key. */
    List<CriteriaSet> list();

    /** One version of a set, the latest when {@code version} is null. */
    CriteriaSet get(String key, @Nullable Integer version);

    /** Starts a DRAFT evaluation against the given version of the set (the latest when null); answers may be given at once. */
    Evaluation start(String key, Evaluation evaluation);

    Evaluation getEvaluation(long id);

    /** Fills in answers (merged by criterion key) of a DRAFT evaluation. */
    Evaluation answer(long id, List<Answer> answers, long version);

    /** DRAFT → SUBMITTED with the result computed; read-only afterwards. */
    Evaluation submit(long id, long version);

    /** Evaluations whose subject is in the jurisdiction subtree; {@code passed} keeps submitted ones with that result. */
    Page<Evaluation> findEvaluations(String jurisdictionCode, @Nullable String key, @Nullable Boolean passed, PageRequest page);

    /** Pass rate per jurisdiction (the given one and each child) and the ranking, for a version (the latest when null). */
    ChecklistResults results(String key, String jurisdictionCode, @Nullable Integer version);
}
