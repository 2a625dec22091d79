package org.jiceng.problem;

import java.time.LocalDate;

import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;
import org.jspecify.annotations.Nullable;

/** An accountability action taken over a problem, aimed at a member, an organization or both. */
public record AccountabilityAction(@Nullable Long id, Long problemId, AccountabilityType type,
        @Nullable @ScopedReference(Kind.MEMBER) Long targetMemberId,
        @Nullable @ScopedReference(Kind.ORGANIZATION) Long targetOrganizationId,
        LocalDate date, String decidedBy, @Nullable String note) {
}
