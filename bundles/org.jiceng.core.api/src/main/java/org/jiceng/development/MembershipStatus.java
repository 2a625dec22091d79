package org.jiceng.development;

/** Whether a person is in the Party's ranks now; the stage says how far development went. */
public enum MembershipStatus {
    ACTIVE, DISQUALIFIED, EXITED
}
