package org.jiceng.module.wugang.standingdelegates.internal;

/** 提案 (a proposal) or 提议 (a suggestion): both are handled the same way. */
public enum ProposalKind {
    PROPOSAL, SUGGESTION
}
