package org.jiceng.module.xingning.towncongress.internal;

/** What delegates evaluate: the town Party committee, the discipline committee, each committee member. */
public enum SubjectType {
    PARTY_COMMITTEE, DISCIPLINE_COMMITTEE, COMMITTEE_MEMBER
}
