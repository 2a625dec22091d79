package org.jiceng.module.wugang.twocreations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.Shares;
import org.junit.jupiter.api.Test;

/** The figures' arithmetic: the demo's 66 of 67 prints as the seed's 98.5 %, and a branch accepted twice holds its title once. */
class ResultsTest {

    @Test
    void stagesAreCountedAndThePassRateIsOfTheDecided() {
        List<ApplicationView> year = new ArrayList<>();
        for (int i = 0; i < DemoData.STANDARDIZED_APPLICANTS; i++) {
            year.add(application(i, i < DemoData.STANDARDIZED_FAILING ? Stage.REJECTED : Stage.ACCEPTED));
        }
        year.add(application(100, Stage.APPLIED));
        year.add(application(101, Stage.SELF_CHECKED));
        Figures.LevelFigures f = Results.level(year);
        assertEquals(69, f.applied);
        assertEquals(66, f.accepted);
        assertEquals(1, f.rejected);
        assertEquals(2, f.open);
        assertEquals(68, f.selfChecked, "every application but the one only applied");
        assertEquals("98.5", Shares.percent(Shares.of(f.accepted, f.accepted + f.rejected)), "66 / 67 = 98.507 %");
        assertEquals(19, DemoData.MODEL_APPLICANTS - DemoData.MODEL_FAILING, "the seed's 19 model branches");
    }

    @Test
    void aBranchHoldsItsTitleOnce() {
        ApplicationView first = application(1, Stage.ACCEPTED);
        ApplicationView again = application(2, Stage.ACCEPTED);
        again.organizationId = first.organizationId;
        assertEquals(1, Results.distinctBranches(List.of(first, again)).size());
    }

    private static ApplicationView application(long id, Stage stage) {
        ApplicationView a = new ApplicationView();
        a.id = id;
        a.organizationId = 1000 + id;
        a.stage = stage;
        a.selfCheckEvaluationId = stage == Stage.APPLIED ? null : 10 * id + 1;
        a.crossEvaluationId = stage.decided() ? 10 * id + 2 : null;
        return a;
    }
}
