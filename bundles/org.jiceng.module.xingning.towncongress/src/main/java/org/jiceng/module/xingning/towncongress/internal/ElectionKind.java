package org.jiceng.module.xingning.towncongress.internal;

/** 补选党委委员, 补选纪委委员, 选举出席上一级党代表大会代表. */
public enum ElectionKind {
    PARTY_COMMITTEE_BY_ELECTION, DISCIPLINE_COMMITTEE_BY_ELECTION, HIGHER_CONGRESS_DELEGATES
}
