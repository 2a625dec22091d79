package org.jiceng.problem;

import java.time.LocalDate;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Problems and rectification. A transition the status does not allow is a RuleViolationException
 * with rule {@link #RULE_STEP_ORDER}; a stale version is a ConflictException. Dates of steps default
 * to today, are never in the future and never before the problem was found.
 */
@ProviderType
public interface ProblemService {
    String RULE_STEP_ORDER = "problem-step-order";

    String EVENT_TOPIC_PREFIX = "org/jiceng/problem/";

    /** Records a found problem (status FOUND); id, status, rectification fields, history and version are ignored. */
    Problem report(Problem problem);

    Problem get(long id);

    /** Problems in the jurisdiction subtree; {@code overdue} true keeps overdue ones, false the others. */
    Page<Problem> find(String jurisdictionCode, @Nullable ProblemSource source, @Nullable ProblemStatus status, @Nullable ProblemSeverity severity,
            @Nullable Boolean overdue,
            PageRequest page);

    /** FOUND → PLAN_FILED with the rectification plan and who is responsible. */
    Problem filePlan(long id, String plan, String responsible, String by, LocalDate on, long version);

    /** PLAN_FILED or IN_PROGRESS → IN_PROGRESS with a progress note (any number). */
    Problem recordProgress(long id, String note, String by, LocalDate on, long version);

    /** PLAN_FILED or IN_PROGRESS → RECTIFIED with what was done. */
    Problem markRectified(long id, String completion, String by, @Nullable LocalDate on, long version);

    /** RECTIFIED → VERIFIED after the revisit and re-check; whether the verifier is the finder is recorded. */
    Problem verify(long id, String verifiedBy, @Nullable String note, @Nullable LocalDate on, long version);

    /** RECTIFIED → IN_PROGRESS: the re-check failed (reason required). */
    Problem reopen(long id, String reason, String by, LocalDate on, long version);

    /** Links an accountability action to the problem (any status). */
    AccountabilityAction addAccountability(long problemId, AccountabilityAction action);

    /** Found, rectified, verified, overdue and resolution rate in the subtree, optionally of one source and year of finding. */
    ProblemStatistics statistics(String jurisdictionCode, @Nullable ProblemSource source, @Nullable Integer year);
}
