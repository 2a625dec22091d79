package org.jiceng.procedure;

import java.time.LocalDate;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Step procedures. A refused step is a RuleViolationException naming the rule; a change to a
 * completed or closed instance, or with a stale version, is a ConflictException.
 */
@ProviderType
public interface ProcedureService {
    /** A step other than the current one: steps are completed one at a time, in order, never skipped. */
    String RULE_STEP_ORDER = "step-order";
    /** The step may be completed only by its role. */
    String RULE_STEP_ROLE = "step-role";
    /** The step's record (non-blank text and every required attachment) is missing. */
    String RULE_STEP_RECORD = "step-record";

    String EVENT_TOPIC_PREFIX = "org/jiceng/procedure/";

    /**
     * Saves a definition: the first under its key is version 1; a changed one is the next version;
     * one identical to the latest version returns that version unchanged.
     */
    ProcedureDefinition define(ProcedureDefinition definition);

    /** The latest version of every definition, optionally of one module. */
    java.util.List<ProcedureDefinition> definitions(@Nullable String moduleId);

    /** One definition: the latest version when {@code version} is null. */
    ProcedureDefinition definition(String key, @Nullable Integer version);

    /**
     * Starts an instance of the latest version of a definition.
     *
     * @param startedOn the day it started, today when null (not in the future)
     */
    ProcedureInstance start(String definitionKey, String subjectType, String subjectId, String jurisdictionCode, String title,
            String startedBy, @Nullable LocalDate startedOn);

    ProcedureInstance get(long id);

    /**
     * Instances in the jurisdiction subtree.
     *
     * @param overdue true keeps running instances whose current step is past due, false the others
     */
    Page<ProcedureInstance> find(String jurisdictionCode, @Nullable String definitionKey, @Nullable ProcedureStatus status, @Nullable Boolean overdue,
            PageRequest page);

    /** Completes the current step, which must be {@code stepKey}. */
    ProcedureInstance completeStep(long id, String stepKey, StepCompletion completion);

    /** Closes a running instance before its last step; the reason is required. */
    ProcedureInstance closeEarly(long id, String closedBy, String reason, @Nullable LocalDate closedOn, long version);
}
