package org.jiceng.duty;

/** draft (issued, not yet signed) → signed by the lower level → assessed after the year. */
public enum PledgeStatus {
    DRAFT, SIGNED, ASSESSED
}
