package org.jiceng.module.wugang.twocreations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;
import org.jiceng.common.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The seed's criteria counts, marks of 100, and the demo's scores passing or failing by the criteria's own thresholds. */
class CriteriaCatalogTest {

    @Test
    void standardizedHas4AspectsAnd13CriteriaModelHas6And25() {
        CriteriaSet standardized = CriteriaCatalog.definition(CreationLevel.STANDARDIZED);
        CriteriaSet model = CriteriaCatalog.definition(CreationLevel.MODEL);
        assertEquals(4, standardized.aspects().size());
        assertEquals(13, CriteriaSets.criteria(standardized).size());
        assertEquals(6, model.aspects().size());
        assertEquals(25, CriteriaSets.criteria(model).size());
        assertEquals(List.of("阵地建设", "联系服务群众", "“三会一课”制度", "民主评议党员"), standardized.aspects().stream().map(a -> a.name()).toList());
        assertEquals("集体经济发展", model.aspects().get(0).name());
        assertEquals("村民小康实现程度", model.aspects().get(5).name());
        assertNotEquals(standardized.key(), model.key());
        for (CriteriaSet set : List.of(standardized, model)) {
            List<Criterion> criteria = CriteriaSets.criteria(set);
            assertEquals(0, new BigDecimal("100").compareTo(criteria.stream().map(Criterion::maximum).reduce(BigDecimal.ZERO, BigDecimal::add)),
                    set.key() + " is marked out of 100");
            Set<String> keys = new HashSet<>();
            for (Criterion c : criteria) {
                assertTrue(keys.add(c.key()), "unique key " + c.key());
                assertEquals(CriterionKind.SCORE, c.kind());
                assertTrue(c.required());
                assertEquals(0, c.maximum().multiply(CriteriaCatalog.MET_FROM).compareTo(c.passScore()), c.key());
            }
        }
    }

    @Test
    void demoScoresPassOrFailByTheCriteria() {
        for (CreationLevel level : CreationLevel.values()) {
            CriteriaSet set = CriteriaCatalog.definition(level);
            List<Criterion> criteria = CriteriaSets.criteria(set);
            for (int seed = 0; seed < 50; seed++) {
                EvaluationInput passing = DemoData.input("纪检组织委员", null, set, true, new Random(seed), 0);
                EvaluationInput failing = DemoData.input("纪检组织委员", null, set, false, new Random(seed), 0);
                assertEquals(criteria.size(), passing.answers.size());
                assertTrue(total(passing).compareTo(set.minimumScore()) >= 0, level + " passing total " + total(passing));
                assertEquals(0, unmet(criteria, passing), level + ": a passing branch meets every criterion");
                assertEquals(2, unmet(criteria, failing), level + ": a failing branch misses two");
            }
        }
    }

    @Test
    void aFormWithACriterionUnscoredIsRefusedByTheEnginesRule() {
        CriteriaSet set = CriteriaCatalog.definition(CreationLevel.STANDARDIZED);
        EvaluationInput in = DemoData.input("党支部书记", null, set, true, new Random(1), 0);
        in.answers.remove(4);
        RuleViolationException e = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
                () -> Applications.checkAllAnswered(CriteriaSets.criteria(set), in));
        assertEquals("checklist-all-answered", e.rule());
        assertTrue(e.getMessage().contains("s5"), e.getMessage());
    }

    private static BigDecimal total(EvaluationInput in) {
        return in.answers.stream().map(a -> a.score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long unmet(List<Criterion> criteria, EvaluationInput in) {
        long n = 0;
        for (int i = 0; i < criteria.size(); i++) {
            n += in.answers.get(i).score.compareTo(criteria.get(i).passScore()) < 0 ? 1 : 0;
        }
        return n;
    }
}
