package org.jiceng.module.xingning.towncongress.internal;

/** Candidates are named (OPEN) and ballots counted once (COUNTED). */
public enum ElectionStatus {
    OPEN, COUNTED
}
