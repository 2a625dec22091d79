package org.jiceng.module.shunyi.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.scoring.GradeBand;
import org.jiceng.scoring.Indicator;
import org.junit.jupiter.api.Test;

class AppraisalRulesTest {
    @Test
    void theTableWeighsAHundredPointsAndTheGradesComeDown() {
        assertEquals(100.0, AppraisalRules.INDICATORS.stream().mapToDouble(Indicator::weight).sum());
        double previous = Double.MAX_VALUE;
        for (GradeBand band : AppraisalRules.GRADES) {
            assertEquals(true, band.minimum() < previous, band.toString());
            previous = band.minimum();
        }
        assertEquals(0.0, previous, "every score has a grade");
    }

    @Test
    void aMeasureFollowsItsGrade() {
        AppraisalRules.requireMeasureFits(Measure.PROMOTION, "优", "王建国");
        AppraisalRules.requireMeasureFits(Measure.EXCELLENT_QUOTA_DOWN, "良", null);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> AppraisalRules.requireMeasureFits(Measure.PROMOTION, "中", "王建国"));
        assertEquals(AppraisalRules.RULE_MEASURE_NOT_FOR_GRADE, e.rule());
        assertEquals("personName", assertThrows(ValidationException.class, () -> AppraisalRules.requireMeasureFits(Measure.REASSIGNMENT, "差", " "))
                .errors().get(0).field());
        assertEquals("personName", assertThrows(ValidationException.class,
                () -> AppraisalRules.requireMeasureFits(Measure.HONOURS_WITHDRAWN, "中", "王建国")).errors().get(0).field());
    }

    @Test
    void everyGradeHasMeasuresAndTheDemoTakesOnlyItsGradesOnes() {
        for (GradeBand band : AppraisalRules.GRADES) {
            for (Measure m : DemoData.measures(band.grade())) {
                assertEquals(band.grade(), m.grade(), m.name());
            }
        }
    }

    @Test
    void theDemoLevelsGiveTheirGrades() {
        Map<Integer, String> expected = Map.of(95, "优", 88, "良", 81, "良", 79, "中", 55, "差");
        expected.forEach((level, grade) -> {
            double total = DemoData.scores(level).values().stream().mapToDouble(Double::doubleValue).sum();
            String got = AppraisalRules.GRADES.stream().filter(b -> total >= b.minimum()).findFirst().orElseThrow().grade();
            assertEquals(grade, got, level + " → " + total);
        });
    }
}
