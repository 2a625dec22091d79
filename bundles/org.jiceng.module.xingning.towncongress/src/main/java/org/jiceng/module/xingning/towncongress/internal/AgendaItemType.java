package org.jiceng.module.xingning.towncongress.internal;

/** The typed items of the annual session (兴宁 镇党代会年会制). */
public enum AgendaItemType {
    COMMITTEE_WORK_REPORT, DISCIPLINE_WORK_REPORT, PROPOSAL_HANDLING_REPORT, PROPOSALS, MAJOR_DECISION, BY_ELECTION, HIGHER_DELEGATE_ELECTION, EVALUATION
}
