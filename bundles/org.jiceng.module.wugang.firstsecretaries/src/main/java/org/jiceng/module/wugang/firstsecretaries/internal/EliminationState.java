package org.jiceng.module.wugang.firstsecretaries.internal;

/** Life of an elimination: proposed by the ranking, approved or rejected by the county, replaced once approved. */
public enum EliminationState {
    PROPOSED, APPROVED, REJECTED, REPLACED
}
