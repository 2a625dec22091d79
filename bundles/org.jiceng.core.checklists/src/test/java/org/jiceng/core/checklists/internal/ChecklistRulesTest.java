package org.jiceng.core.checklists.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {
    private static final Criterion A = new Criterion("a", "组织设置规范", CriterionKind.MET_NOT_MET, null, null, true, null, null);
    private static final Criterion B = new Criterion("b", "活动阵地", CriterionKind.MET_NOT_MET, null, null, false, null, null);
    private static final Criterion S = new Criterion("s", "工作实绩", CriterionKind.SCORE, new BigDecimal("10"), new BigDecimal("6"), true, null, null);

    private static Map<String, Answer> answers(Answer... as) {
        Map<String, Answer> m = new LinkedHashMap<>();
        for (Answer a : as) {
            m.put(a.criterionKey(), a);
        }
        return m;
    }

    @Test
    void allRequiredMetPassesAndTotalsAddUp() {
        ChecklistRules.Result r = ChecklistRules.result(List.of(A, B, S), answers(new Answer("a", true, null, "台账", null),
                new Answer("b", false, null, null, null), new Answer("s", null, new BigDecimal("7.5"), null, null)), null, null);
        assertTrue(r.passed());
        assertEquals(2, r.metCount());
        assertEquals(0, new BigDecimal("8.5").compareTo(r.scoreTotal()));
        assertEquals(new BigDecimal("0.6667"), r.shareMet());
    }

    @Test
    void aRequiredCriterionNotMetFails() {
        assertFalse(ChecklistRules.result(List.of(A, B, S), answers(new Answer("a", false, null, null, null), new Answer("b", true, null, null, null),
                new Answer("s", null, BigDecimal.TEN, null, null)), null, null).passed());
        // a score below the pass score is not met
        assertFalse(ChecklistRules.result(List.of(A, S), answers(new Answer("a", true, null, null, null),
                new Answer("s", null, new BigDecimal("5.99"), null, null)), null, null).passed());
    }

    @Test
    void minimumScoreAndShareApply() {
        Map<String, Answer> as = answers(new Answer("a", true, null, null, null), new Answer("b", false, null, null, null),
                new Answer("s", null, new BigDecimal("6"), null, null));
        assertTrue(ChecklistRules.result(List.of(A, B, S), as, new BigDecimal("7"), null).passed());
        assertFalse(ChecklistRules.result(List.of(A, B, S), as, new BigDecimal("7.01"), null).passed());
        assertFalse(ChecklistRules.result(List.of(A, B, S), as, null, new BigDecimal("0.7")).passed());
        assertTrue(ChecklistRules.result(List.of(A, B, S), as, null, new BigDecimal("0.66")).passed());
    }

    @Test
    void unansweredCriteriaRefuseTheSubmission() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> ChecklistRules.result(List.of(A, B), answers(new Answer("a", true, null, null, null)), null, null));
        assertEquals(ChecklistService.RULE_ALL_ANSWERED, e.rule());
    }

    @Test
    void anAnswerOfTheWrongKindNamesTheField() {
        Map<String, Criterion> criteria = Map.of("a", A, "s", S);
        ValidationException e = assertThrows(ValidationException.class, () -> ChecklistRules.checkAnswers(criteria,
                List.of(new Answer("s", null, BigDecimal.ONE, null, null), new Answer("a", null, BigDecimal.ONE, null, null))));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("answers[1].score")), e.errors().toString());
        e = assertThrows(ValidationException.class, () -> ChecklistRules.checkAnswers(criteria, List.of(new Answer("s", true, null, null, null))));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("answers[0].met")), e.errors().toString());
        e = assertThrows(ValidationException.class,
                () -> ChecklistRules.checkAnswers(criteria, List.of(new Answer("s", null, new BigDecimal("11"), null, null))));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("answers[0].score")), e.errors().toString());
        e = assertThrows(ValidationException.class, () -> ChecklistRules.checkAnswers(criteria, List.of(new Answer("zz", true, null, null, null))));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("answers[0].criterionKey")), e.errors().toString());
    }

    @Test
    void tiesShareARankAndTheNextSkips() {
        record Row(String id, BigDecimal score) {
        }
        List<ChecklistRules.Ranked<Row>> ranked = ChecklistRules.rank(List.of(new Row("c", new BigDecimal("12")), new Row("a", new BigDecimal("13")),
                new Row("d", new BigDecimal("9")), new Row("b", new BigDecimal("12.00"))), Row::score, Comparator.comparing(Row::id));
        assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(ChecklistRules.Ranked::rank).toList());
        assertEquals(List.of("a", "b", "c", "d"), ranked.stream().map(r -> r.item().id()).toList());
    }

    @Test
    void definitionsAreValidatedAndComparedByContent() {
        CriteriaSet s1 = new CriteriaSet(null, "k", "名称", null, List.of(new Aspect("x", "组织建设", List.of(A, S))), null, null, null);
        CriteriaSet s2 = new CriteriaSet(null, "k", "名称", null, List.of(new Aspect("x", "组织建设",
                List.of(A, new Criterion("s", "工作实绩", CriterionKind.SCORE, new BigDecimal("10.00"), new BigDecimal("6"), true, null, null)))),
                null, null, null);
        ChecklistRules.checkSet(s1);
        assertTrue(ChecklistRules.sameDefinition(s1, s2));
        assertFalse(ChecklistRules.sameDefinition(s1, new CriteriaSet(null, "k", "名称", null, List.of(new Aspect("x", "组织建设", List.of(A))),
                null, null, null)));
        ValidationException e = assertThrows(ValidationException.class, () -> ChecklistRules.checkSet(new CriteriaSet(null, "k", "n", null,
                List.of(new Aspect("x", "y", List.of(new Criterion("s", "t", CriterionKind.SCORE, null, null, true, null, null), A, A))), null, null,
                null)));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("aspects[0].criteria[0].maximum")), e.errors().toString());
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("aspects[0].criteria[2].key")), e.errors().toString());
    }
}
