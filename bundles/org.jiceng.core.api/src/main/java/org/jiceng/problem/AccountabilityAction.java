package org.jiceng.problem;

import java.time.LocalDate;

import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;

/** An accountability action taken over a problem, aimed at a member, an organization or both. */
public record AccountabilityAction(Long id, Long problemId, AccountabilityType type, @ScopedReference(Kind.MEMBER) Long targetMemberId,
        @ScopedReference(Kind.ORGANIZATION) Long targetOrganizationId,
        LocalDate date, String decidedBy, String note) {
}
