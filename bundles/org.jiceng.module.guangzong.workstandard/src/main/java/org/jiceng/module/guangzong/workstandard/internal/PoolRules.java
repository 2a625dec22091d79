package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;

/**
 * 广宗's rules for the young cadre pool (《关于进一步加强优秀年轻干部培养选拔的实施办法》: 选、育、管、用).
 * The seed states no age or other entry condition, so none is enforced beyond the member record
 * being a current member's; the age at selection is kept from the record for the roster.
 */
final class PoolRules {
    static final String KEPT_BY_COUNTY = "pool-kept-by-county";
    static final String NOT_ACTIVE = "member-not-active";
    static final String ALREADY_IN_POOL = "already-in-pool";
    static final String CLOSED = "pool-entry-closed";
    static final String BEFORE_SELECTION = "before-selection";
    static final String PERIOD_ASSESSED = "period-already-assessed";

    private PoolRules() {
    }

    static void checkActive(MembershipStatus status, String name) {
        if (status != null && status != MembershipStatus.ACTIVE) {
            throw new RuleViolationException(NOT_ACTIVE, name + " is " + status + " in the member record: only a current member is selected");
        }
    }

    /** @param inPool the member is in the pool already (here, or on the core's TALENT_POOL list) */
    static void checkNotInPool(boolean inPool, String name) {
        if (inPool) {
            throw new RuleViolationException(ALREADY_IN_POOL, name + " is in the young cadre pool already");
        }
    }

    /** Cultivation, assessment and use are for a cadre still in the pool. */
    static void checkInPool(PoolStatus status, String name) {
        if (status != PoolStatus.IN_POOL) {
            throw new RuleViolationException(CLOSED, name + " is " + status + ": the stay in the pool has ended");
        }
    }

    /** What is recorded of the stay in the pool happens on or after the selection. */
    static void checkNotBeforeSelection(LocalDate day, LocalDate selectedOn, String what) {
        if (day.isBefore(selectedOn)) {
            throw new RuleViolationException(BEFORE_SELECTION, what + " on " + day + " is before the selection into the pool on " + selectedOn);
        }
    }

    static void checkPeriodFree(boolean assessed, String period) {
        if (assessed) {
            throw new RuleViolationException(PERIOD_ASSESSED, "The cadre has been assessed for " + period + ": one assessment a period");
        }
    }
}
