package org.jiceng.transfer;

import java.time.LocalDate;

/** A member working or living away (流动党员): where, since when, and how to reach them. */
public record MobileMember(Long id, Long memberId, String location, String reason, LocalDate since, LocalDate until,
        String contact, Long version) {
}
