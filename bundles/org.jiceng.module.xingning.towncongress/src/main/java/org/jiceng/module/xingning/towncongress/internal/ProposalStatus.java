package org.jiceng.module.xingning.towncongress.internal;

/** FILED → ACCEPTED → ASSIGNED (handling unit and deadline) → HANDLED → REPLIED (with the delegate's satisfaction). */
public enum ProposalStatus {
    FILED, ACCEPTED, ASSIGNED, HANDLED, REPLIED
}
