package org.jiceng.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's relation moving from a sending to a receiving organization under an introduction
 * letter (介绍信) valid for {@code validityDays}. The member changes organization on completion only.
 */
public record Transfer(Long id, long memberId, long fromOrganizationId, long toOrganizationId, String letterNumber,
        LocalDate issuedOn, int validityDays, TransferStatus status, List<TransferStep> history, long version) {
}
