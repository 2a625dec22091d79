package org.jiceng.core.procedures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.ConflictException;
import org.jiceng.common.FieldError;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.ProcedureStatus;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepDefinition;
import org.junit.jupiter.api.Test;

class ProcedureRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<StepDefinition> STEPS = List.of(
            new StepDefinition("open", "立项督导", "督导立项单", List.of(), "supervision-office", 5),
            new StepDefinition("plan", "确定方案", "督导方案", List.of("督导方案"), "supervision-office", 7),
            new StepDefinition("conduct", "开展督导", "督导记录", List.of(), null, null));

    private static StepCompletion by(String role, String record, List<String> attachments) {
        return new StepCompletion("张三", role, record, attachments, null, 1L);
    }

    private static String rule(Runnable r) {
        return assertThrows(RuleViolationException.class, r::run).rule();
    }

    @Test
    void stepsAreCompletedInOrderByTheirRoleWithTheirRecord() {
        assertEquals(0, ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0, "open", by("supervision-office", "立项", null),
                TODAY, TODAY));
        assertEquals(ProcedureService.RULE_STEP_ORDER, rule(() -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0, "plan",
                by("supervision-office", "方案", List.of("督导方案")), TODAY, TODAY)));
        assertEquals(ProcedureService.RULE_STEP_ORDER, rule(() -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 1, "open",
                by("supervision-office", "again", null), TODAY, TODAY)));
        assertEquals(ProcedureService.RULE_STEP_ROLE, rule(() -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0, "open",
                by("village", "立项", null), TODAY, TODAY)));
        assertEquals(ProcedureService.RULE_STEP_RECORD, rule(() -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0, "open",
                by("supervision-office", "  ", null), TODAY, TODAY)));
        assertEquals(ProcedureService.RULE_STEP_RECORD, rule(() -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 1, "plan",
                by("supervision-office", "方案", List.of("其他")), TODAY, TODAY)));
        assertEquals(1, ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 1, "plan",
                by("supervision-office", "方案", List.of("督导方案", "附件二")), TODAY, TODAY));
        assertEquals(2, ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 2, "conduct", by(null, "记录", null), TODAY, TODAY),
                "a step without a role is open to anyone");
    }

    @Test
    void finishedInstancesAreReadOnlyAndUnknownStepsAreBadInput() {
        assertThrows(ConflictException.class, () -> ProcedureRules.checkCompletion(1, ProcedureStatus.COMPLETED, STEPS, 3, "conduct",
                by(null, "x", null), TODAY, TODAY));
        assertThrows(ConflictException.class, () -> ProcedureRules.checkCompletion(1, ProcedureStatus.CLOSED_EARLY, STEPS, 1, "plan",
                by("supervision-office", "x", List.of("督导方案")), TODAY, TODAY));
        ValidationException e = assertThrows(ValidationException.class, () -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0,
                "nope", by("supervision-office", "x", null), TODAY, TODAY));
        assertEquals("stepKey", e.errors().get(0).field());
        assertThrows(ValidationException.class, () -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0, "open",
                new StepCompletion("张三", "supervision-office", "x", null, TODAY.plusDays(1), 1L), TODAY, TODAY));
        assertThrows(ValidationException.class, () -> ProcedureRules.checkCompletion(1, ProcedureStatus.RUNNING, STEPS, 0, "open",
                new StepCompletion("张三", "supervision-office", "x", null, TODAY.minusDays(3), 1L), TODAY.minusDays(1), TODAY),
                "not before the previous step");
    }

    @Test
    void deadlinesCountFromThePreviousStepAndAreOverdueTheDayAfter() {
        assertEquals(TODAY.plusDays(5), ProcedureRules.due(TODAY, 5));
        assertNull(ProcedureRules.due(TODAY, null));
        assertFalse(ProcedureRules.overdue(TODAY, TODAY));
        assertTrue(ProcedureRules.overdue(TODAY.minusDays(1), TODAY));
        assertFalse(ProcedureRules.overdue(null, TODAY));
    }

    @Test
    void definitionsAreCheckedAndNormalized() {
        ProcedureDefinition d = ProcedureRules.normalize(new ProcedureDefinition(null, " shunyi-supervision-guidance ", 9, " 督导 ", " ",
                List.of(new StepDefinition(" open ", "立项", " ", null, " ", 3)), null));
        assertEquals("shunyi-supervision-guidance", d.key());
        assertNull(d.version());
        assertNull(d.moduleId());
        assertEquals(new StepDefinition("open", "立项", null, List.of(), null, 3), d.steps().get(0));
        assertTrue(ProcedureRules.sameContent(d, new ProcedureDefinition(5L, d.key(), 1, "督导", null, d.steps(), null)));
        assertFalse(ProcedureRules.sameContent(d, new ProcedureDefinition(5L, d.key(), 1, "督导", null, STEPS, null)));

        ValidationException e = assertThrows(ValidationException.class, () -> ProcedureRules.normalize(new ProcedureDefinition(null, "Bad Key",
                null, "x", null, List.of(new StepDefinition("a", "一", null, null, null, 0), new StepDefinition("a", "二", null, null, null, null)),
                null)));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("key", "steps[0].deadlineDays", "steps[1].key")), fields.toString());
        assertThrows(ValidationException.class, () -> ProcedureRules.normalize(new ProcedureDefinition(null, "k", null, "x", null, List.of(), null)));
    }
}
