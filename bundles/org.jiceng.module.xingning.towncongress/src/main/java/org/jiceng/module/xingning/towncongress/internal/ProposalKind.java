package org.jiceng.module.xingning.towncongress.internal;

/** Accepted as a proposal (提案) or turned into an opinion/suggestion (意见建议). */
public enum ProposalKind {
    PROPOSAL, OPINION
}
