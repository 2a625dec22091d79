package org.jiceng.module.xingning.rotationtalent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TalentRulesTest {

    @Test
    void aTalentFillsAPostOfItsFieldWhileItNeedsPeople() {
        assertNull(TalentRules.matchRefusal(TalentCategory.HEALTH, TalentCategory.HEALTH, 1, 2));
        assertEquals(TalentRules.RULE_POST_FULL, TalentRules.matchRefusal(TalentCategory.HEALTH, TalentCategory.HEALTH, 2, 2));
        assertEquals(TalentRules.RULE_CATEGORY_MISMATCH, TalentRules.matchRefusal(TalentCategory.EDUCATION, TalentCategory.HEALTH, 0, 2));
    }

    @Test
    void openPostsAndWhatIsMissing() {
        assertTrue(TalentRules.open(0, 1));
        assertFalse(TalentRules.open(3, 3));
        assertEquals(2, TalentRules.missing(1, 3));
        assertEquals(0, TalentRules.missing(4, 3));
    }
}
