package org.jiceng.module.xingning.towncongress.internal;

/** 班子联席会议 (every 1–2 weeks) and 党群联席会议 (at least quarterly, six steps). */
public enum MeetingKind {
    LEADERSHIP, PARTY_MASSES
}
