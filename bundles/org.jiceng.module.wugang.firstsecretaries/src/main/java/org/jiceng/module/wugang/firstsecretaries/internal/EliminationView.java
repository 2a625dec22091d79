package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

/** An elimination (末位淘汰) and where it stands. */
public class EliminationView {
    public Long id;
    public long assignmentId;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String rankingGroup;
    public String month;
    public int lastPlaceStreak;
    public double total;
    public String grade;
    public EliminationState state;
    public LocalDate proposedOn;
    public String decidedBy;
    public LocalDate decidedOn;
    public String decisionNote;
    public Long replacementAssignmentId;
    public Long replacementMemberId;
    public LocalDate replacedOn;
    public long version;
}
