package org.jiceng.module.shunyi.twonew.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.junit.jupiter.api.Test;

class SheetRulesTest {
    private static final PartyOrganization ENTERPRISE_BRANCH = organization(OrganizationType.BRANCH, OrganizationField.NON_PUBLIC_ENTERPRISE);
    private static final PartyOrganization ENTERPRISE_JOINT = organization(OrganizationType.JOINT_BRANCH, OrganizationField.NON_PUBLIC_ENTERPRISE);

    @Test
    void aCreditCodeHasEighteenCharactersAndItsCheckCharacter() {
        // the example of GB 32100-2015's appendix
        assertEquals("91350100M000100Y43", SheetRules.creditCode("91350100m000100y43"));
        assertEquals("creditCode",
                assertThrows(ValidationException.class, () -> SheetRules.creditCode("91350100M000100Y44")).errors().get(0).field());
        assertThrows(ValidationException.class, () -> SheetRules.creditCode("91350100M000100Y4"), "17 characters");
        assertThrows(ValidationException.class, () -> SheetRules.creditCode("91350100I000100Y43"), "no I");
        String demo = DemoData.creditCode(UnitKind.SOCIAL_ORGANIZATION, 9, 5, 110);
        assertEquals(demo, SheetRules.creditCode(demo), "the demo's codes are valid");
    }

    @Test
    void anOrganizationOfItsOwnNeedsThreeMembersAndIsNoJointBranch() {
        assertEquals(SheetRules.RULE_OWN_NEEDS_THREE, assertThrows(RuleViolationException.class,
                () -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.OWN, 2, ENTERPRISE_BRANCH)).rule());
        assertDoesNotThrow(() -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.OWN, 3, ENTERPRISE_BRANCH));
        assertEquals(SheetRules.RULE_TYPE, assertThrows(RuleViolationException.class,
                () -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.OWN, 5, ENTERPRISE_JOINT)).rule());
        assertEquals(SheetRules.RULE_TYPE, assertThrows(RuleViolationException.class,
                () -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.JOINT, 0, ENTERPRISE_BRANCH)).rule());
        assertDoesNotThrow(() -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.JOINT, 0, ENTERPRISE_JOINT),
                "a joint branch covers units without members");
    }

    @Test
    void theOrganizationIsOfTheUnitsFieldAndNamedExactlyWhenCovered() {
        assertEquals(SheetRules.RULE_FIELD, assertThrows(RuleViolationException.class,
                () -> SheetRules.requireFits(UnitKind.SOCIAL_ORGANIZATION, Coverage.JOINT, 1, ENTERPRISE_JOINT)).rule());
        assertThrows(ValidationException.class, () -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.NONE, 0, ENTERPRISE_JOINT));
        assertThrows(ValidationException.class, () -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.JOINT, 0, null));
        assertDoesNotThrow(() -> SheetRules.requireFits(UnitKind.ENTERPRISE, Coverage.NONE, 0, null));
    }

    @Test
    void anOrganizationOfItsOwnCoversOneUnit() {
        assertDoesNotThrow(() -> SheetRules.requireOwnAlone(Coverage.OWN, 7, 0, false));
        assertDoesNotThrow(() -> SheetRules.requireOwnAlone(Coverage.JOINT, 7, 12, false));
        assertEquals(SheetRules.RULE_OWN_TAKEN,
                assertThrows(RuleViolationException.class, () -> SheetRules.requireOwnAlone(Coverage.OWN, 7, 1, false)).rule());
        assertEquals(SheetRules.RULE_OWN_TAKEN,
                assertThrows(RuleViolationException.class, () -> SheetRules.requireOwnAlone(Coverage.JOINT, 7, 1, true)).rule());
    }

    @Test
    void coverageIsRoundedDownAsTheDistrictReportsIt() {
        assertEquals("87.6", SheetRules.percentDown(2533, 2891).toPlainString());
        assertEquals("68.9", SheetRules.percentDown(247, 358).toPlainString(), "68.99 is not yet 69.0");
        assertEquals("100.0", SheetRules.percentDown(3, 3).toPlainString());
        assertEquals("0.0", SheetRules.percentDown(0, 0).toPlainString());
    }

    @Test
    void theDemoGroupsAddUpToTheSeedsFigures() {
        int enterprises = 0;
        int covered = 0;
        int organizations = 0;
        int none = 0;
        int fewerThanThree = 0;
        for (DemoData.Group g : DemoData.GROUPS) {
            if (g.kind() == UnitKind.ENTERPRISE) {
                enterprises += g.units();
                covered += g.coverage() == Coverage.NONE ? 0 : g.units();
                organizations += g.organizations();
                none += g.noMembers();
                fewerThanThree += g.noMembers() + g.oneOrTwo();
            }
        }
        assertEquals(2891, enterprises);
        assertEquals(452, organizations);
        assertEquals("87.6", SheetRules.percentDown(covered, enterprises).toPlainString());
        assertEquals(474, none);
        assertTrue(fewerThanThree > 950 && fewerThanThree < 1000, "近1000家: " + fewerThanThree);
        int shared = 0;
        for (int t = 0; t < 10; t++) {
            shared += DemoData.share(2233, 10, t);
            assertTrue(DemoData.share(2233, 10, t) - DemoData.share(2233, 10, 9) <= 1, "equal shares but for one");
        }
        assertEquals(2233, shared, "the townships' shares make the whole");
    }

    @Test
    void namesAreMaskedToTheirEnds() {
        assertEquals("张*丰", SheetRules.maskName("张三丰"));
        assertEquals("张*", SheetRules.maskName("张三"));
        assertEquals("欧**华", SheetRules.maskName("欧阳振华"));
    }

    private static PartyOrganization organization(OrganizationType type, OrganizationField field) {
        return PartyOrganization.builder().id(7L).name("测试党支部").type(type).field(field).jurisdictionCode("110113001").build();
    }
}
