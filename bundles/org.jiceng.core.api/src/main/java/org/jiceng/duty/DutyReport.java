package org.jiceng.duty;

import java.time.LocalDate;

import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;

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
public record DutyReport(Long id, long roundId, String jurisdictionCode, Long organizationId, @ScopedReference(Kind.MEMBER) Long reporterMemberId,
        String reporterName,
        String summary, LocalDate submittedOn, boolean overdue, Long version) {

    public boolean submitted() {
        return submittedOn != null;
    }
}
