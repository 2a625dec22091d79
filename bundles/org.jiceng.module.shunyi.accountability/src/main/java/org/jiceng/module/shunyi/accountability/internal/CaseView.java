package org.jiceng.module.shunyi.accountability.internal;

import java.time.LocalDate;

/** An accountability case as read, with the behaviour it is classified against. */
public class CaseView {
    public Long id;
    public String jurisdictionCode;
    public Responsibility responsibility;
    public String responsibilityZh;
    public String personName;
    public Long memberId;
    public String unit;
    public BehaviourView behaviour;
    public Long problemId;
    public String facts;
    public LocalDate openedOn;
    public String openedBy;
    public CaseState state;
    public Penalty penalty;
    public String penaltyZh;
    public LocalDate decidedOn;
    public String decidedBy;
    public String decisionNote;
    public long version;
}
