package org.jiceng.module.xingning.towncongress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CongressRulesTest {

    @Test
    void quorumIsMoreThanFourFifths() {
        assertFalse(CongressRules.quorumReached(8, 10, 80), "exactly 4/5 is not more than 4/5");
        assertTrue(CongressRules.quorumReached(9, 10, 80));
        assertEquals(9, CongressRules.quorumMinimum(10, 80));
        assertEquals(101, CongressRules.quorumMinimum(125, 80));
        assertTrue(CongressRules.quorumReached(101, 125, 80));
        assertFalse(CongressRules.quorumReached(100, 125, 80));
        assertFalse(CongressRules.quorumReached(0, 0, 80));
        assertTrue(CongressRules.quorumReached(6, 10, 50), "configurable");
    }

    @Test
    void aSessionLastsOneOrOneAndAHalfDays() {
        assertEquals(2, CongressRules.halfDays(new BigDecimal("1")));
        assertEquals(3, CongressRules.halfDays(new BigDecimal("1.5")));
        assertNull(CongressRules.halfDays(new BigDecimal("2")));
        assertNull(CongressRules.halfDays(new BigDecimal("0.5")));
        assertEquals(new BigDecimal("1.5"), CongressRules.days(3));
    }

    @Test
    void resolutionsNeedMoreThanHalfOfThosePresent() {
        assertTrue(CongressRules.adopted(6, 11));
        assertFalse(CongressRules.adopted(5, 10));
    }

    @Test
    void meetingsAreOverdueAfterTheirInterval() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertTrue(org.jiceng.common.Cadence.overdue(null, today, 14));
        assertFalse(org.jiceng.common.Cadence.overdue(today.minusDays(14), today, 14));
        assertTrue(org.jiceng.common.Cadence.overdue(today.minusDays(15), today, 14));
    }

    @Test
    void demoAttendanceReproducesTheSeed() {
        int[] present = CongressDemoData.attendance(17);
        assertEquals(2005, Arrays.stream(present).sum());
        assertEquals(17 * CongressDemoData.PROPOSALS_PER_TOWN, 51);
    }

    @Test
    void evaluationIsTalliedPerSubject() {
        List<Views.SubjectResult> r = EvaluationTally.tally(List.of(
                new Object[]{SubjectType.PARTY_COMMITTEE, "镇党委", Rating.SATISFIED, 7L},
                new Object[]{SubjectType.COMMITTEE_MEMBER, "张三", Rating.DISSATISFIED, 2L},
                new Object[]{SubjectType.PARTY_COMMITTEE, "镇党委", Rating.BASICALLY_SATISFIED, 2L},
                new Object[]{SubjectType.PARTY_COMMITTEE, "镇党委", Rating.DISSATISFIED, 1L},
                new Object[]{SubjectType.COMMITTEE_MEMBER, "张三", Rating.SATISFIED, 2L}));
        assertEquals(2, r.size());
        Views.SubjectResult committee = r.get(0);
        assertEquals(SubjectType.PARTY_COMMITTEE, committee.subjectType());
        assertEquals(10, committee.total());
        assertEquals(new BigDecimal("0.9000"), committee.satisfactionRate());
        assertEquals(new BigDecimal("0.5000"), r.get(1).satisfactionRate());
    }
}
