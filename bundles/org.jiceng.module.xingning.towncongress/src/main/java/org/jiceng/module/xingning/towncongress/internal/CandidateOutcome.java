package org.jiceng.module.xingning.towncongress.internal;

/** Why a candidate is or is not elected: votes above half of the voters present, within the seats; a tie for the last seats fills none of them. */
public enum CandidateOutcome {
    ELECTED, BELOW_MAJORITY, TIED, NO_SEAT_LEFT
}
