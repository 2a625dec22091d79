package org.jiceng.module.guangzong.workstandard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.junit.jupiter.api.Test;

/** The standard as issued (the seed's 10 categories and 57 tasks) and what a township check's answers come to. */
class StandardTest {
    private final CriteriaSet standard = StandardCatalog.definition("130531");

    @Test
    void tenCategoriesFiftySevenTasksKeyedInOrder() {
        assertEquals(10, standard.aspects().size());
        List<String> keys = standard.aspects().stream().flatMap(a -> a.criteria().stream()).map(Criterion::key).toList();
        assertEquals(57, keys.size());
        assertEquals(57, new HashSet<>(keys).size(), "task keys are unique");
        assertEquals("t01", keys.get(0));
        assertEquals("t57", keys.get(56));
        assertEquals("guangzong-work-standard-130531", standard.key());
        StandardView v = StandardView.of(new CriteriaSet(1L, standard.key(), standard.name(), 1, standard.aspects(), null, standard.minimumShareMet(),
                null));
        assertEquals(52, v.tasksToPass, "90 % of 57, rounded up");
        assertEquals(10, v.categoryCount);
    }

    @Test
    void unmetCategoriesAndTasksComeInTheStandardsOrder() {
        Set<String> missed = Set.of("t03", "t40", "t41");
        List<Answer> answers = new ArrayList<>();
        for (Aspect a : standard.aspects()) {
            for (Criterion c : a.criteria()) {
                answers.add(new Answer(c.key(), !missed.contains(c.key()), null, null, null));
            }
        }
        List<String> tasks = new ArrayList<>();
        List<String> categories = Checks.unmet(standard, answers, tasks);
        assertEquals(List.of("t03", "t40", "t41"), tasks);
        assertEquals(List.of("organization", "rules"), categories);
        assertTrue(standard.aspects().get(6).criteria().stream().anyMatch(c -> c.key().equals("t40")));
    }

    @Test
    void percentsHaveOneDecimal() {
        assertEquals("0.0", Figures.percent(0, 0).toPlainString());
        assertEquals("66.7", Figures.percent(2, 3).toPlainString());
        assertEquals("100.0", Figures.percent(5, 5).toPlainString());
    }
}
