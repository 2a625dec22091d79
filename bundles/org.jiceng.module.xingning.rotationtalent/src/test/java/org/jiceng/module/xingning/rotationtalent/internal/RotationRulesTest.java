package org.jiceng.module.xingning.rotationtalent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiceng.cadre.PostLevel;
import org.junit.jupiter.api.Test;

class RotationRulesTest {

    @Test
    void fiveYearsAsHeadTenAsDeputy() {
        assertEquals(5, RotationRules.threshold(PostLevel.HEAD));
        assertEquals(10, RotationRules.threshold(PostLevel.DEPUTY));
        assertFalse(RotationRules.due(PostLevel.HEAD, 4));
        assertTrue(RotationRules.due(PostLevel.HEAD, 5));
        assertFalse(RotationRules.due(PostLevel.DEPUTY, 9));
        assertTrue(RotationRules.due(PostLevel.DEPUTY, 10));
        assertTrue(RotationRules.due(PostLevel.DEPUTY, 14));
    }

    @Test
    void plainMembersOfALeadershipAreNotCovered() {
        assertEquals(0, RotationRules.threshold(PostLevel.MEMBER));
        assertFalse(RotationRules.due(PostLevel.MEMBER, 30));
    }

    @Test
    void aYearsPlanMeasuresTenureOnItsLastDay() {
        assertEquals(LocalDate.of(2026, 12, 31), RotationRules.referenceDay(2026));
    }

    @Test
    void aCadreNotDueNeedsAnExceptionReason() {
        assertNull(RotationRules.proposalRefusal(true, null, "叶塘镇党委", "龙田镇党委"));
        assertEquals(RotationRules.RULE_NOT_DUE, RotationRules.proposalRefusal(false, null, "叶塘镇党委", "龙田镇党委"));
        assertEquals(RotationRules.RULE_NOT_DUE, RotationRules.proposalRefusal(false, "  ", "叶塘镇党委", "龙田镇党委"));
        assertNull(RotationRules.proposalRefusal(false, "工作需要", "叶塘镇党委", "龙田镇党委"));
    }

    @Test
    void aMoveLeadsToAnotherUnit() {
        assertEquals(RotationRules.RULE_SAME_UNIT, RotationRules.proposalRefusal(true, null, "叶塘镇党委", " 叶塘镇党委 "));
        assertEquals(RotationRules.RULE_SAME_UNIT, RotationRules.proposalRefusal(false, "工作需要", "叶塘镇党委", "叶塘镇党委"));
    }

    @Test
    void onlyAnApprovedMoveIsCarriedOut() {
        assertNull(RotationRules.approvalRefusal(MoveStatus.PROPOSED));
        assertEquals(RotationRules.RULE_MOVE_CLOSED, RotationRules.approvalRefusal(MoveStatus.APPROVED));
        assertEquals(RotationRules.RULE_NOT_APPROVED, RotationRules.executionRefusal(MoveStatus.PROPOSED));
        assertNull(RotationRules.executionRefusal(MoveStatus.APPROVED));
        assertEquals(RotationRules.RULE_MOVE_CLOSED, RotationRules.executionRefusal(MoveStatus.EXECUTED));
        assertEquals(RotationRules.RULE_MOVE_CLOSED, RotationRules.executionRefusal(MoveStatus.DEFERRED));
    }

    @Test
    void aMoveNotCarriedOutMayBeDeferred() {
        assertNull(RotationRules.deferralRefusal(MoveStatus.PROPOSED));
        assertNull(RotationRules.deferralRefusal(MoveStatus.APPROVED));
        assertEquals(RotationRules.RULE_MOVE_CLOSED, RotationRules.deferralRefusal(MoveStatus.EXECUTED));
        assertEquals(RotationRules.RULE_MOVE_CLOSED, RotationRules.deferralRefusal(MoveStatus.DEFERRED));
    }

    @Test
    void theOldPostEndsTheDayBeforeTheNewOne() {
        assertEquals(LocalDate.of(2026, 3, 31), RotationRules.oldPostEnds(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2026, 4, 1), RotationRules.oldPostEnds(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)));
    }

    @Test
    void townshipOfACode() {
        assertEquals("441481101", Store.townOf("441481101203"));
        assertEquals("441481101", Store.townOf("441481101"));
        assertEquals("441481", Store.townOf("441481"));
    }
}
