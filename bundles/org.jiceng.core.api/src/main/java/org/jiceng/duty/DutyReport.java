package org.jiceng.duty;

import java.time.LocalDate;

import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A secretary's report in a round: registered as expected, then submitted.
 *
 * @param jurisdictionCode the jurisdiction reported for, below the round's
 * @param organizationId the Party organization reported for (the registry's), optional
 * @param reporterMemberId the reporter as a registry member, optional when {@code reporterName} is given
 * @param reporterName the reporter's name (taken from the member when only the id is given)
 * @param summary the submitted report or its summary (null until submitted)
 * @param overdue not submitted and the round's due date has passed (computed each time)
 */
public record DutyReport(@Nullable Long id, long roundId, String jurisdictionCode, @Nullable Long organizationId,
        @Nullable @ScopedReference(Kind.MEMBER) Long reporterMemberId,
        String reporterName,
        @Nullable String summary, @Nullable LocalDate submittedOn, boolean overdue, @Nullable Long version) {

    public boolean submitted() {
        return submittedOn != null;
    }
}
