package org.jiceng.module.guangzong.villageassets.internal;

import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 广宗's rules for the venue ledger and its stock-taking (《广宗县村级组织活动场所资产管理办法》), as
 * plain checks over values: a venue belongs to a village; the county takes stock once a year; every
 * difference found is settled — the ledger adjusted to what was found, the damaged written off, with
 * a reason — before the campaign closes, so no asset leaves the ledger unexplained (防止资产流失).
 */
final class AssetRules {
    static final String VENUE_NOT_A_VILLAGE = "venue-not-a-village";
    static final String STOCKTAKE_BY_COUNTY = "stocktake-by-county";
    static final String STOCKTAKE_OPEN = "stocktake-already-open";
    static final String STOCKTAKE_CLOSED = "stocktake-closed";
    static final String VENUE_COUNTED = "venue-already-counted";
    static final String VENUES_UNCOUNTED = "stocktake-venues-uncounted";
    static final String DIFFERENCES_UNSETTLED = "stocktake-differences-unsettled";
    static final String NO_DIFFERENCE = "count-without-difference";
    static final String SETTLED = "difference-already-settled";
    static final String ITEM_UNDER_COUNT = "item-under-open-count";

    private AssetRules() {
    }

    /** A venue is a village Party organization's: registered at a village only. */
    static void checkVillage(JurisdictionLevel level, String code) {
        if (level != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(VENUE_NOT_A_VILLAGE, code + " is a " + level + ": a venue is registered for a village");
        }
    }

    /** What a count found: shortage or surplus by the quantities, else damaged when any is, else none. */
    static DifferenceKind difference(int ledger, int counted, int damaged) {
        if (counted < ledger) {
            return DifferenceKind.SHORTAGE;
        }
        if (counted > ledger) {
            return DifferenceKind.SURPLUS;
        }
        return damaged > 0 ? DifferenceKind.DAMAGED : DifferenceKind.NONE;
    }

    /** The ledger's quantity after settling: what was found, less what was found damaged (written off). */
    static int settledQuantity(int counted, int damaged) {
        return counted - damaged;
    }

    static void checkNoOtherOpen(boolean otherOpen) {
        if (otherOpen) {
            throw new RuleViolationException(STOCKTAKE_OPEN, "The county has a stock-taking open: close it before opening another");
        }
    }

    static void checkOpen(StocktakeStatus status) {
        if (status != StocktakeStatus.OPEN) {
            throw new RuleViolationException(STOCKTAKE_CLOSED, "The stock-taking is closed");
        }
    }

    static void checkNotCounted(boolean counted, String venue) {
        if (counted) {
            throw new RuleViolationException(VENUE_COUNTED, venue + " is counted in this stock-taking already");
        }
    }

    /** A campaign closes with every venue counted and every difference settled. */
    static void checkClosable(long uncountedVenues, long unsettled) {
        if (uncountedVenues > 0) {
            throw new RuleViolationException(VENUES_UNCOUNTED, uncountedVenues + " venue(s) of the county are not counted yet");
        }
        if (unsettled > 0) {
            throw new RuleViolationException(DIFFERENCES_UNSETTLED, unsettled + " difference(s) are not settled yet");
        }
    }

    static void checkSettleable(DifferenceKind kind, boolean settled) {
        if (kind == DifferenceKind.NONE) {
            throw new RuleViolationException(NO_DIFFERENCE, "The count found the ledger right: there is nothing to settle");
        }
        if (settled) {
            throw new RuleViolationException(SETTLED, "The difference is settled already");
        }
    }

    /** An item counted with a difference not yet settled keeps its quantity until the settlement: it is what the difference is measured against. */
    static void checkNotUnderCount(boolean unsettledDifference) {
        if (unsettledDifference) {
            throw new RuleViolationException(ITEM_UNDER_COUNT, "The item has an unsettled stock-taking difference: settle it to change its quantity");
        }
    }
}
