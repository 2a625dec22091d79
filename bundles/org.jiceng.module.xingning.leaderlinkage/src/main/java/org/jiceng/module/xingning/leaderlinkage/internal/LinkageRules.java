package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.Position;
import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 兴宁's rules of the linkage, apart from storage so they are tested alone. The seed: 每位市领导挂钩联系1个镇街、1个省定贫困村、
 * 1个软弱涣散村 — so a leader has one link of each kind a year. It does not say two leaders may not share a village, but the
 * links exist so that the poor and weak villages are each looked after by a leader; a second leader on a village that has
 * one would leave another uncovered, so a village is one leader's in a year (towns, 20 of them for some 30 leaders, are
 * shared).
 */
final class LinkageRules {
    static final String RULE_KEPT_BY_COUNTY = "linkage-kept-by-county";
    static final String RULE_NOT_CITY_LEADER = "leader-not-city-level";
    static final String RULE_LEADER_REGISTERED = "leader-already-registered";
    static final String RULE_LEADER_LEFT = "leader-left";
    static final String RULE_KIND_TAKEN = "link-kind-taken";
    static final String RULE_OUTSIDE = "link-outside-county";
    static final String RULE_LEVEL = "link-level-mismatch";
    static final String RULE_NOT_POOR = "village-not-poor";
    static final String RULE_NOT_WEAK = "village-not-weak";
    static final String RULE_VILLAGE_LINKED = "village-already-linked";
    static final String RULE_POOR_LISTED = "poor-village-already-listed";
    static final String RULE_POOR_LINKED = "poor-village-linked";
    static final String RULE_ITEM_DONE = "item-already-done";
    static final String RULE_ITEM_NOT_OF_LINK = "item-not-of-link";

    private LinkageRules() {
    }

    /**
     * A city leader holds a current post of division rank (县处级: 市委书记, 市长, 市委常委 …) in the city: the post is the
     * member's, began on or before {@code on}, has not ended, and lies in the city.
     */
    static void requireCityLeaderPost(long memberId, Position post, boolean inCity, LocalDate on) {
        if (post.memberId() == null || post.memberId() != memberId) {
            throw new RuleViolationException(RULE_NOT_CITY_LEADER, "Post " + post.id() + " is not held by member " + memberId);
        }
        if (post.rank() != CadreRank.DIVISION) {
            throw new RuleViolationException(RULE_NOT_CITY_LEADER,
                    "A city leader holds a post of division rank (县处级); " + post.title() + " is " + post.rank());
        }
        if (!inCity) {
            throw new RuleViolationException(RULE_NOT_CITY_LEADER, "The post " + post.title() + " lies outside the city");
        }
        if (post.startDate().isAfter(on) || (post.endDate() != null && !post.endDate().isAfter(on))) {
            throw new RuleViolationException(RULE_NOT_CITY_LEADER, "The post " + post.title() + " is not held on " + on);
        }
    }

    /** A leader who left links nothing in a year after leaving. */
    static void requireServing(LocalDate leftOn, int year) {
        if (leftOn != null && leftOn.getYear() < year) {
            throw new RuleViolationException(RULE_LEADER_LEFT, "The leader left on " + leftOn + ", before " + year);
        }
    }

    /** One link of each kind per leader and year. */
    static void requireKindFree(Collection<LinkKind> linkedThisYear, LinkKind kind, int year) {
        if (linkedThisYear.contains(kind)) {
            throw new RuleViolationException(RULE_KIND_TAKEN, "The leader already has a " + kind.zh() + " for " + year + ": one of each a year");
        }
    }

    /** The town or village linked lies in the city, at the kind's level. */
    static void requirePlace(LinkKind kind, boolean inCity, JurisdictionLevel level, String code) {
        if (!inCity) {
            throw new RuleViolationException(RULE_OUTSIDE, code + " lies outside the city: a leader is linked to its towns and villages");
        }
        if (level != kind.level()) {
            throw new RuleViolationException(RULE_LEVEL, "A " + kind.zh() + " link names a " + kind.level() + ", " + code + " is a " + level);
        }
    }

    /** A poor village is on the city's list for the year; a weak village's Party organization is marked weak and lax. */
    static void requireVillageOfKind(LinkKind kind, String code, boolean poor, boolean weak, int year) {
        if (kind == LinkKind.POOR_VILLAGE && !poor) {
            throw new RuleViolationException(RULE_NOT_POOR, code + " is not on the city's list of province-designated poor villages for " + year);
        }
        if (kind == LinkKind.WEAK_VILLAGE && !weak) {
            throw new RuleViolationException(RULE_NOT_WEAK, code + " has no Party organization marked weak and lax (软弱涣散) in the registry");
        }
    }

    /** A village is one leader's in a year. */
    static void requireVillageFree(String code, String linkedTo, int year) {
        if (linkedTo != null) {
            throw new RuleViolationException(RULE_VILLAGE_LINKED, code + " is already linked to " + linkedTo + " for " + year);
        }
    }

    /**
     * The quarters of {@code year} a link should have had a check in and had none, as of {@code today}: the seed has the
     * lists checked "定期", which the city reads as at least once a quarter — each quarter over by today that ends on or
     * after the day the link was made.
     */
    static int quartersUnchecked(int year, LocalDate linkedOn, java.util.Set<Integer> checkedQuarters, LocalDate today) {
        int missed = 0;
        for (int q = 1; q <= 4; q++) {
            LocalDate end = quarterEnd(year, q);
            if (end.isBefore(today) && !end.isBefore(linkedOn) && !checkedQuarters.contains(q)) {
                missed++;
            }
        }
        return missed;
    }

    /** The last day of a quarter. */
    static LocalDate quarterEnd(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** The first day of a quarter. */
    static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    /** The quarter (1-4) of a day. */
    static int quarter(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** Where an item stands on {@code today}: DONE, DONE_LATE, OVERDUE or OPEN. */
    static ItemState state(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? ItemState.DONE_LATE : ItemState.DONE;
        }
        return today.isAfter(dueOn) ? ItemState.OVERDUE : ItemState.OPEN;
    }
}
