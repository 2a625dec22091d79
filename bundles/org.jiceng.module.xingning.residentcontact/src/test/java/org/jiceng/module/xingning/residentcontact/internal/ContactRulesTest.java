package org.jiceng.module.xingning.residentcontact.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.junit.jupiter.api.Test;

class ContactRulesTest {
    @Test
    void problemsGoUpVillageTownCityAndNoFurther() {
        assertEquals(Level.TOWN, ContactRules.escalate(1, Level.VILLAGE, false));
        assertEquals(Level.CITY, ContactRules.escalate(1, Level.TOWN, false));
        assertEquals(ContactRules.RULE_ESCALATION_BEYOND_CITY,
                assertThrows(RuleViolationException.class, () -> ContactRules.escalate(1, Level.CITY, false)).rule());
    }

    @Test
    void aResolvedProblemStaysResolved() {
        assertEquals(ContactRules.RULE_PROBLEM_RESOLVED,
                assertThrows(RuleViolationException.class, () -> ContactRules.escalate(1, Level.VILLAGE, true)).rule());
        assertEquals(ContactRules.RULE_PROBLEM_RESOLVED, assertThrows(RuleViolationException.class, () -> ContactRules.requireOpen(1, true)).rule());
        ContactRules.requireOpen(1, false);
    }

    @Test
    void visitsAreRecordedOnceMade() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        ContactRules.requireVisitMade(today, today);
        assertEquals(ContactRules.RULE_VISIT_IN_FUTURE,
                assertThrows(RuleViolationException.class, () -> ContactRules.requireVisitMade(today.plusDays(1), today)).rule());
    }

    @Test
    void stationedCadresAreTheTownsOwn() {
        ContactRules.requireTownCadre(7, "441481101", "441481101");
        assertEquals(ContactRules.RULE_CADRE_NOT_OF_TOWN,
                assertThrows(RuleViolationException.class, () -> ContactRules.requireTownCadre(7, "441481101201", "441481101")).rule());
        assertEquals(ContactRules.RULE_CADRE_NOT_OF_TOWN,
                assertThrows(RuleViolationException.class, () -> ContactRules.requireTownCadre(7, null, "441481101")).rule());
    }

    @Test
    void visitedHouseholdsNeverOutnumberTheRegister() {
        ContactRules.requireWithinRegister("v", 120, 120);
        assertEquals(ContactRules.RULE_HOUSEHOLDS_EXCEEDED,
                assertThrows(RuleViolationException.class, () -> ContactRules.requireWithinRegister("v", 121, 120)).rule());
        ContactRules.requireNotBelowVisited("v", 120, 120);
        assertEquals(ContactRules.RULE_HOUSEHOLDS_BELOW_VISITED,
                assertThrows(RuleViolationException.class, () -> ContactRules.requireNotBelowVisited("v", 119, 120)).rule());
    }

    @Test
    void eachLevelHasItsDaysAndTheEngineTheWholeChain() {
        Deadlines d = new Deadlines(config(5, 10, 20));
        LocalDate on = LocalDate.of(2025, 3, 1);
        assertEquals(on.plusDays(5), d.deadline(Level.VILLAGE, on));
        assertEquals(on.plusDays(10), d.deadline(Level.TOWN, on));
        assertEquals(on.plusDays(20), d.deadline(Level.CITY, on));
        assertEquals(on.plusDays(35), d.outerDeadline(on));
    }

    static Deadlines.Config config(int village, int town, int city) {
        return new Deadlines.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return Deadlines.Config.class;
            }

            @Override
            public int villageDays() {
                return village;
            }

            @Override
            public int townDays() {
                return town;
            }

            @Override
            public int cityDays() {
                return city;
            }
        };
    }
}
