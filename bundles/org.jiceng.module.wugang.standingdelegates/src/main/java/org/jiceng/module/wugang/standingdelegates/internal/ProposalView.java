package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

/** A proposal as clients see it; problemId names its handling on the core's problems engine. */
public class ProposalView {
    public Long id;
    public long delegateId;
    public String jurisdictionCode;
    public ProposalKind kind;
    public String title;
    public String content;
    public LocalDate filedOn;
    public ProposalStatus status;
    public String handlingUnit;
    public LocalDate deadline;
    public Long problemId;
    public String answer;
    public LocalDate answeredOn;
    public Satisfaction satisfaction;
    public LocalDate satisfactionOn;
    public long version;
}
