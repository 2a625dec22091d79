package org.jiceng.module.xingning.towncongress.internal;

/** An annual session: notice issued with credentials (CONVENED), opened once the roll is taken (IN_SESSION), CLOSED after every agenda item and election; closed sessions are read-only. */
public enum SessionStatus {
    CONVENED, IN_SESSION, CLOSED
}
