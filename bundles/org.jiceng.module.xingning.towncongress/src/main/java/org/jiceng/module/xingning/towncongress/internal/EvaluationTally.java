package org.jiceng.module.xingning.towncongress.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Shares;

/** Aggregates evaluation ratings per subject: counts per rating and the satisfaction rate ((satisfied + basically satisfied) / total). */
final class EvaluationTally {
    private EvaluationTally() {
    }

    /** @param rows subjectType, subjectName, rating, count */
    static List<Views.SubjectResult> tally(List<Object[]> rows) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Object[]> subjects = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String key = row[0] + "/" + row[1];
            subjects.putIfAbsent(key, row);
            long[] c = counts.computeIfAbsent(key, k -> new long[3]);
            c[((Rating) row[2]).ordinal()] += ((Number) row[3]).longValue();
        }
        List<Views.SubjectResult> result = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            Object[] s = subjects.get(e.getKey());
            long[] c = e.getValue();
            long total = c[0] + c[1] + c[2];
            result.add(new Views.SubjectResult((SubjectType) s[0], (String) s[1], c[0], c[1], c[2], total,
                    Shares.of(c[0] + c[1], total)));
        }
        result.sort(Comparator.comparing(Views.SubjectResult::subjectType).thenComparing(Views.SubjectResult::subjectName));
        return result;
    }
}
