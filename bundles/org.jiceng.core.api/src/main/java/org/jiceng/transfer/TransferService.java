package org.jiceng.transfer;

import java.time.LocalDate;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/** Relation transfers and mobile members. Refused steps are RuleViolationExceptions naming the rule. */
@ProviderType
public interface TransferService {
    String RULE_ONE_OPEN = "one-open-transfer";
    String RULE_STEP_ORDER = "transfer-step-order";
    String RULE_LETTER_EXPIRED = "letter-expired";

    /** Issues the introduction letter: the member must be active and have no other open transfer. */
    Transfer issue(long memberId, long toOrganizationId, String letterNumber, @Nullable LocalDate issuedOn, int validityDays, String recordedBy);

    /** The receiving organization got the letter (within its validity). */
    Transfer receive(long transferId, LocalDate on, String recordedBy, long version);

    /** The member is enrolled in the receiving organization: the member's organization changes. */
    Transfer complete(long transferId, LocalDate on, String recordedBy, long version);

    /** The receiver refused the letter (reason required). */
    Transfer returnLetter(long transferId, LocalDate on, String recordedBy, String reason, long version);

    /** The transfer as it stands today (an unreceived letter past its validity reads as EXPIRED). */
    Transfer get(long transferId);

    /** Transfers touching the subtree (sending or receiving side), optionally by member and status. */
    Page<Transfer> find(String jurisdictionCode, @Nullable Long memberId, @Nullable TransferStatus status, PageRequest page);

    MobileMember recordMobile(MobileMember mobile);

    MobileMember updateMobile(long id, MobileMember mobile);

    /** Mobile members of organizations in the subtree; {@code current} keeps those away today. */
    Page<MobileMember> mobileMembers(String jurisdictionCode, boolean current, PageRequest page);
}
