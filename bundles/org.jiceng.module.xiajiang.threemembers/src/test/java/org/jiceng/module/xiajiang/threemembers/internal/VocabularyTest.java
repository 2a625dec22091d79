package org.jiceng.module.xiajiang.threemembers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;
import org.jiceng.scoring.Indicator;
import org.jiceng.scoring.Scheme;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void sixGoodsAreSixScoredCriteriaPassingAt48() {
        CriteriaSet set = Vocabulary.sixGoods();
        assertEquals(6, set.aspects().get(0).criteria().size());
        for (Criterion c : set.aspects().get(0).criteria()) {
            assertEquals(CriterionKind.SCORE, c.kind());
            assertEquals(0, BigDecimal.TEN.compareTo(c.maximum()));
            assertTrue(c.required());
        }
        assertEquals(0, BigDecimal.valueOf(48).compareTo(set.minimumScore()));
        assertEquals(6, DemoData.sixGoodsAnswers().size(), "the demo answers every good");
    }

    @Test
    void everyRoleHasItsDuties() {
        for (MemberRole role : MemberRole.values()) {
            CriteriaSet duties = Vocabulary.duties(role);
            assertEquals(Vocabulary.dutiesKey(role), duties.key());
            assertTrue(duties.aspects().get(0).criteria().size() >= 4, role.toString());
            duties.aspects().get(0).criteria().forEach(c -> assertEquals(CriterionKind.MET_NOT_MET, c.kind()));
        }
    }

    @Test
    void assessmentIsOnAHundredPointScaleWithFourGrades() {
        Scheme s = Vocabulary.assessment("360823");
        assertEquals(100.0, s.indicators().stream().mapToDouble(Indicator::weight).sum(), 1e-9);
        assertEquals(4, s.gradeBands().size());
        assertEquals(Outcome.COMMENDED, Rules.outcomeOf(s.gradeBands().get(0).grade()));
        assertEquals(Outcome.CRITICIZED, Rules.outcomeOf(s.gradeBands().get(3).grade()));
        assertEquals(Store.MODULE_ID, s.module());
    }
}
