package org.jiceng.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A member working or living away (流动党员): where, since when, and how to reach them. */
public record MobileMember(@Nullable Long id, Long memberId, String location, @Nullable String reason, LocalDate since, @Nullable LocalDate until,
        @Nullable String contact, @Nullable Long version) {
}
