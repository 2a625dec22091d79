package org.jiceng.module.shunyi.twonew.internal;

/** Where a reserve talent stands. */
public enum TalentState {
    /** In the reserve, trained and waiting. */
    RESERVE,
    /** Posted to a village or community (选派到村、社区任职). */
    POSTED,
    /** Taken out of the reserve, with the reason. */
    WITHDRAWN
}
