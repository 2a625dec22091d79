package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 广宗's rules for the yearly check against the standard, as plain checks over values: every village
 * and community Party organization checks itself once a year, its township checks it once after
 * that, each on a day of the year checked.
 */
final class CheckRules {
    static final String NOT_A_VILLAGE_UNIT = "unit-not-village-organization";
    static final String OUTSIDE_YEAR = "check-outside-year";
    static final String SECOND_CHECK = "second-check-in-year";
    static final String BY_TOWNSHIP = "township-check-by-township";
    static final String BEFORE_SELF_CHECK = "township-check-before-self-check";

    private CheckRules() {
    }

    /** The standard is the work of village and community Party organizations: one lying above them is not checked against it. */
    static void checkUnit(JurisdictionLevel level, String name) {
        if (level != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(NOT_A_VILLAGE_UNIT,
                    name + " is not a village or community Party organization: the standard checks those (村、社区党组织)");
        }
    }

    /** A check of year Y is made on a day of Y: a check dated in another year belongs to that year's check. */
    static void checkInYear(LocalDate checkedOn, int year) {
        if (checkedOn.getYear() != year) {
            throw new RuleViolationException(OUTSIDE_YEAR, "A check of " + year + " is made in " + year + ", not on " + checkedOn);
        }
    }

    /** @param done the unit already has this check for the year */
    static void checkFirst(boolean done, String what, int year) {
        if (done) {
            throw new RuleViolationException(SECOND_CHECK, "The unit's " + what + " of " + year + " has been made: one a year");
        }
    }

    /**
     * @param scopeLevel the level of the jurisdiction the check is made in
     * @param scope the jurisdiction the check is made in
     * @param unitTownship the township the unit lies in
     */
    static void checkByTownship(JurisdictionLevel scopeLevel, String scope, String unitTownship) {
        if (scopeLevel != JurisdictionLevel.TOWNSHIP || !scope.equals(unitTownship)) {
            throw new RuleViolationException(BY_TOWNSHIP,
                    "The township's check is made by the unit's township " + unitTownship + ": make it in that township's scope, not in " + scope);
        }
    }

    static void checkAfterSelfCheck(LocalDate selfCheckedOn, LocalDate checkedOn) {
        if (checkedOn.isBefore(selfCheckedOn)) {
            throw new RuleViolationException(BEFORE_SELF_CHECK,
                    "The township checks the unit after its self-check of " + selfCheckedOn + ", not on " + checkedOn);
        }
    }
}
