package org.jiceng.problem;

import java.time.LocalDate;

/** An accountability action taken over a problem, aimed at a member, an organization or both. */
public record AccountabilityAction(Long id, Long problemId, AccountabilityType type, Long targetMemberId, Long targetOrganizationId,
        LocalDate date, String decidedBy, String note) {
}
