package org.jiceng.module.wugang.twocreations.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.OrganizationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** 武冈's two-creation rules as plain functions: who applies, the order of the work, who inspects, who accepts, and ranks. */
class RulesTest {
    private static final String TOWN = "430581102";
    private static final String OTHER_TOWN = "430581103";

    private static String rule(Executable check) {
        return assertThrows(RuleViolationException.class, check).rule();
    }

    @Test
    void onlyBranchesApplyOnceALevelAYear() {
        assertEquals("application-not-a-branch", rule(() -> CreationRules.checkApplicant(OrganizationType.COMMITTEE, "中共稠树塘镇委员会")));
        assertEquals("application-not-a-branch", rule(() -> CreationRules.checkApplicant(OrganizationType.WORKING_COMMITTEE, "街道党工委")));
        for (OrganizationType branch : List.of(OrganizationType.BRANCH, OrganizationType.GENERAL_BRANCH, OrganizationType.JOINT_BRANCH)) {
            assertDoesNotThrow(() -> CreationRules.checkApplicant(branch, "某村党支部"));
        }
        assertEquals("application-duplicate", rule(() -> CreationRules.checkNotApplied(true, CreationLevel.STANDARDIZED, 2026)));
        assertDoesNotThrow(() -> CreationRules.checkNotApplied(false, CreationLevel.STANDARDIZED, 2026));
    }

    @Test
    void aModelBranchIsBuiltOnAStandardizedOne() {
        assertEquals("model-requires-standardized", rule(() -> CreationRules.checkModelBuildsOnStandardized(CreationLevel.MODEL, null, 2026)));
        assertEquals("model-requires-standardized", rule(() -> CreationRules.checkModelBuildsOnStandardized(CreationLevel.MODEL, 2027, 2026)),
                "accepted only in a later year");
        assertDoesNotThrow(() -> CreationRules.checkModelBuildsOnStandardized(CreationLevel.MODEL, 2026, 2026));
        assertDoesNotThrow(() -> CreationRules.checkModelBuildsOnStandardized(CreationLevel.MODEL, 2024, 2026));
        assertDoesNotThrow(() -> CreationRules.checkModelBuildsOnStandardized(CreationLevel.STANDARDIZED, null, 2026));
    }

    @Test
    void selfChecksRepeatUntilTheCrossInspection() {
        assertDoesNotThrow(() -> CreationRules.checkSelfCheckOpen(Stage.APPLIED));
        assertDoesNotThrow(() -> CreationRules.checkSelfCheckOpen(Stage.SELF_CHECKED));
        for (Stage closed : List.of(Stage.CROSS_INSPECTED, Stage.ACCEPTED, Stage.REJECTED)) {
            assertEquals("self-check-closed", rule(() -> CreationRules.checkSelfCheckOpen(closed)), closed.name());
        }
    }

    @Test
    void anotherTownshipOfTheCountyInspectsAPassedSelfCheck() {
        assertEquals("cross-inspection-before-self-check",
                rule(() -> CreationRules.checkCrossInspection(Stage.APPLIED, null, TOWN, OTHER_TOWN, "430581", "430581")));
        assertEquals("cross-inspection-self-check-failed",
                rule(() -> CreationRules.checkCrossInspection(Stage.SELF_CHECKED, false, TOWN, OTHER_TOWN, "430581", "430581")));
        assertEquals("cross-inspection-same-township",
                rule(() -> CreationRules.checkCrossInspection(Stage.SELF_CHECKED, true, TOWN, TOWN, "430581", "430581")));
        assertEquals("cross-inspection-outside-county",
                rule(() -> CreationRules.checkCrossInspection(Stage.SELF_CHECKED, true, TOWN, "441481101", "441481", "430581")));
        assertEquals("cross-inspection-done",
                rule(() -> CreationRules.checkCrossInspection(Stage.CROSS_INSPECTED, true, TOWN, OTHER_TOWN, "430581", "430581")));
        assertDoesNotThrow(() -> CreationRules.checkCrossInspection(Stage.SELF_CHECKED, true, TOWN, OTHER_TOWN, "430581", "430581"));
        assertDoesNotThrow(() -> CreationRules.checkCrossInspection(Stage.SELF_CHECKED, true, null, OTHER_TOWN, "430581", "430581"),
                "a county organ's branch lies in no township: any township's inspector is another's");
    }

    @Test
    void theCountyAcceptsAfterBothInspectionsAndOnlyAPassedOne() {
        assertEquals("acceptance-before-self-check", rule(() -> CreationRules.checkAcceptance(Stage.APPLIED, null, true, true)));
        assertEquals("acceptance-before-cross-inspection", rule(() -> CreationRules.checkAcceptance(Stage.SELF_CHECKED, null, false, true)));
        assertEquals("acceptance-cross-inspection-failed", rule(() -> CreationRules.checkAcceptance(Stage.CROSS_INSPECTED, false, true, true)));
        assertEquals("acceptance-by-county", rule(() -> CreationRules.checkAcceptance(Stage.CROSS_INSPECTED, true, true, false)));
        assertEquals("acceptance-already-decided", rule(() -> CreationRules.checkAcceptance(Stage.ACCEPTED, true, false, true)));
        assertEquals("acceptance-already-decided", rule(() -> CreationRules.checkAcceptance(Stage.REJECTED, false, true, true)));
        assertDoesNotThrow(() -> CreationRules.checkAcceptance(Stage.CROSS_INSPECTED, true, true, true));
        assertDoesNotThrow(() -> CreationRules.checkAcceptance(Stage.CROSS_INSPECTED, false, false, true), "a failed branch is rejected");
    }

    @Test
    void equalScoresShareARankAndTheNextSkips() {
        assertArrayEquals(new int[]{1, 2, 2, 4, 5}, Ranks.of(List.of(dec("98"), dec("95.5"), dec("95.50"), dec("90"), dec("12"))));
        assertArrayEquals(new int[]{}, Ranks.of(List.of()));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
