package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.Collection;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 广宗's rules for village operating funds (《村级组织运转经费使用管理暂行办法》: 明确使用范围、规范报批程序、
 * 严格监督管理), as plain checks over values. Spending is within the fund's scope of use and within
 * its budget (what is approved or still in the steps counts against it); the township decides every
 * request and the county too above {@link #COUNTY_THRESHOLD}, each at its own level; only an approved
 * request is paid.
 */
final class FundRules {
    static final String FUND_BY_COUNTY = "fund-by-county";
    static final String FUND_NOT_A_VILLAGE = "fund-not-a-village";
    static final String PROHIBITED = "scope-prohibited-category";
    static final String BELOW_COMMITTED = "budget-below-committed";
    static final String NO_FUND = "spending-without-fund";
    static final String OUTSIDE_SCOPE = "spending-outside-scope";
    static final String OVER_BUDGET = "spending-over-budget";
    static final String DECIDED = "spending-already-decided";
    static final String WRONG_LEVEL = "decision-wrong-level";
    static final String NOT_APPROVED = "spending-not-approved";

    /** Above this amount (yuan) a request needs the county's approval after the township's: the module's choice, the seed states none. */
    static final BigDecimal COUNTY_THRESHOLD = new BigDecimal("5000.00");

    private FundRules() {
    }

    static void checkVillage(JurisdictionLevel level, String code) {
        if (level != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(FUND_NOT_A_VILLAGE, code + " is a " + level + ": operating funds are a village organization's");
        }
    }

    /** A scope of use names only categories the county's measures allow. */
    static void checkScope(Collection<FundCategory> scope) {
        for (FundCategory c : scope) {
            if (!c.allowable()) {
                throw new RuleViolationException(PROHIBITED,
                        c + " (" + c.nameZh() + ") is forbidden by the county's measures: no fund's scope may name it");
            }
        }
    }

    static void checkBudget(BigDecimal budget, BigDecimal committed) {
        if (budget.compareTo(committed) < 0) {
            throw new RuleViolationException(BELOW_COMMITTED,
                    "The budget " + budget + " is below what is approved or requested already (" + committed + ")");
        }
    }

    static void checkInScope(FundCategory category, Collection<FundCategory> scope) {
        if (!scope.contains(category)) {
            throw new RuleViolationException(OUTSIDE_SCOPE, category + " (" + category.nameZh() + ") is outside the fund's scope of use " + scope);
        }
    }

    /** What is committed already plus the request stays within the budget. */
    static void checkWithinBudget(BigDecimal amount, BigDecimal committed, BigDecimal budget) {
        if (committed.add(amount).compareTo(budget) > 0) {
            throw new RuleViolationException(OVER_BUDGET,
                    "The request of " + amount + " with " + committed + " committed already exceeds the budget of "
                            + budget + " (" + budget.subtract(committed) + " left)");
        }
    }

    /** Whether a request of the amount goes to the county after the township. */
    static boolean needsCounty(BigDecimal amount) {
        return amount.compareTo(COUNTY_THRESHOLD) > 0;
    }

    /** The level that decides a request in this status: the township first, then the county. */
    static JurisdictionLevel decidingLevel(SpendingStatus status) {
        return switch (status) {
            case SUBMITTED -> JurisdictionLevel.TOWNSHIP;
            case TOWNSHIP_APPROVED -> JurisdictionLevel.COUNTY;
            default -> throw new RuleViolationException(DECIDED, "The request is " + status + ": no step is waiting for a decision");
        };
    }

    /** A step is decided from its own level's jurisdiction (the township's path for the township's step). */
    static void checkLevel(JurisdictionLevel deciding, JurisdictionLevel acting) {
        if (deciding != acting) {
            throw new RuleViolationException(WRONG_LEVEL, "This step is decided by the " + deciding + ", not from a " + acting);
        }
    }

    /** The status after a step's approval. */
    static SpendingStatus afterApproval(SpendingStatus status, BigDecimal amount) {
        return status == SpendingStatus.SUBMITTED && needsCounty(amount) ? SpendingStatus.TOWNSHIP_APPROVED : SpendingStatus.APPROVED;
    }

    static void checkPayable(SpendingStatus status) {
        if (status != SpendingStatus.APPROVED) {
            throw new RuleViolationException(NOT_APPROVED, "The request is " + status + ": only an approved request is paid");
        }
    }
}
