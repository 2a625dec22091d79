package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

/** A delegate's evaluation of a year: the counts it was scored on, the score and the grade. */
public class EvaluationView {
    public Long id;
    public long delegateId;
    public String delegateName;
    public long studioId;
    public String jurisdictionCode;
    public int year;
    public LocalDate evaluatedOn;
    public int activityDaysHeld;
    public int activityDaysAttended;
    public int visits;
    public int proposals;
    public int meetingsAndInquiries;
    public boolean contactsComplete;
    public int votesSatisfied;
    public int votesTotal;
    public int score;
    public Grade grade;
    public String gradeName;
}
