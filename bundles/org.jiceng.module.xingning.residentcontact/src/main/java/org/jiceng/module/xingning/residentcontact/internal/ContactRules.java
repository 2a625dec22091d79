package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;

/** The rules of 驻点联系群众 the module adds to the engine's, apart from storage so they are tested alone. */
final class ContactRules {
    static final String RULE_ESCALATION_BEYOND_CITY = "escalation-beyond-city";
    static final String RULE_PROBLEM_RESOLVED = "problem-already-resolved";
    static final String RULE_VISIT_IN_FUTURE = "visit-in-future";
    static final String RULE_CADRE_NOT_STATIONED = "cadre-not-stationed";
    static final String RULE_CADRE_NOT_OF_TOWN = "cadre-not-of-town";
    static final String RULE_ALREADY_STATIONED = "cadre-already-stationed";
    static final String RULE_STATION_ENDED = "stationing-ended";
    static final String RULE_HOUSEHOLDS_EXCEEDED = "households-exceeded";
    static final String RULE_HOUSEHOLDS_BELOW_VISITED = "households-below-visited";
    static final String RULE_VISIT_NOT_OF_VILLAGE = "visit-not-of-village";

    private ContactRules() {
    }

    /** The level a problem goes to when the one handling it cannot solve it: town after village, city after town, nothing after the city. */
    static Level escalate(long id, Level current, boolean resolved) {
        requireOpen(id, resolved);
        Level above = current.above();
        if (above == null) {
            throw new RuleViolationException(RULE_ESCALATION_BEYOND_CITY, "Problem " + id
                    + " is handled by the city's units: the city is the last level of the three-level mechanism, it is solved there");
        }
        return above;
    }

    /** A resolved (办结) problem is neither escalated nor resolved again. */
    static void requireOpen(long id, boolean resolved) {
        if (resolved) {
            throw new RuleViolationException(RULE_PROBLEM_RESOLVED, "Problem " + id + " is already resolved");
        }
    }

    /** Visits are recorded once made: never on a day still to come. */
    static void requireVisitMade(LocalDate visitedOn, LocalDate today) {
        if (visitedOn.isAfter(today)) {
            throw new RuleViolationException(RULE_VISIT_IN_FUTURE, "A visit on " + visitedOn + " has not been made yet (today is " + today
                    + "): record it once the household has been visited");
        }
    }

    /** Stationed cadres are the town's (镇街领导干部驻点): a member registered in the village's own town. */
    static void requireTownCadre(long memberId, String memberJurisdiction, String townCode) {
        if (!townCode.equals(memberJurisdiction)) {
            throw new RuleViolationException(RULE_CADRE_NOT_OF_TOWN, "Member " + memberId + " is registered in "
                    + (memberJurisdiction == null ? "no jurisdiction" : memberJurisdiction)
                    + ": the cadres stationed in a village are those of its town "
                    + townCode);
        }
    }

    /**
     * The households a village has visited in a year never outnumber those it registers: a visit to one
     * more means the register is out of date.
     *
     * @param visited distinct households visited in the year, with the new ones
     */
    static void requireWithinRegister(String village, long visited, int registered) {
        if (visited > registered) {
            throw new RuleViolationException(RULE_HOUSEHOLDS_EXCEEDED, "Village " + village + " registers " + registered
                    + " household(s); with these visits " + visited + " would have been visited this year: correct the register first");
        }
    }

    /** A register lowered below the households already visited this year would give a visit rate over 100 %. */
    static void requireNotBelowVisited(String village, int households, long visited) {
        if (households < visited) {
            throw new RuleViolationException(RULE_HOUSEHOLDS_BELOW_VISITED, "Village " + village + " has already visited " + visited
                    + " different household(s) this year: it cannot register fewer (" + households + ")");
        }
    }
}
