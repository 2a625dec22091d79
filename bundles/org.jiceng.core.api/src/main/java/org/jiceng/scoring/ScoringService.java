package org.jiceng.scoring;

import java.util.List;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/** Schemes, score entry, ranking per period, flags and roll-ups. */
@ProviderType
public interface ScoringService {
    String RULE_PERIOD_CLOSED = "period-computed";
    String RULE_UNKNOWN_METRIC = "unknown-metric";

    Set<String> RESULT_SORTABLE = Set.of("rank", "total", "subjectId");

    Scheme create(Scheme scheme);

    Scheme get(long schemeId);

    Page<Scheme> list(String jurisdictionCode, @Nullable String module, PageRequest page);

    /** Enters or replaces manual values of the period (values out of [0, maximum] are 400). */
    void enter(long schemeId, String period, List<ScoreSheet> sheets);

    /**
     * Computes metric values, totals, ranks, grades and last-place streaks for the period from the
     * entered sheets, replacing an earlier computation of it. Earlier periods must be computed first
     * for streaks to count them.
     */
    List<SubjectResult> compute(long schemeId, String period);

    Page<SubjectResult> results(long schemeId, String period, @Nullable String group, @Nullable Boolean flagged, PageRequest page);

    /**
     * The periods of the scheme that have computed results, latest first: what a reader can choose from.
     *
     * @since 1.2
     */
    List<String> periods(long schemeId);

    /** The period's totals averaged over {@code jurisdictionCode} and each jurisdiction directly below it. */
    List<RollUp> rollUp(long schemeId, String period, String jurisdictionCode);
}
