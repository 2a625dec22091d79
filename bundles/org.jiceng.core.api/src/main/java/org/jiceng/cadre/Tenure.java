package org.jiceng.cadre;

import java.time.LocalDate;

/** Continuous time a member has spent at one level in one unit, up to a reference date. */
public record Tenure(long memberId, String memberName, String unit, String jurisdictionCode, PostLevel level, LocalDate since,
        long years) {
}
