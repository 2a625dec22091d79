package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

import org.jiceng.problem.ProblemSeverity;

/** A resident's problem as read: where it stands in the three levels, and its problem on the core's engine. */
public class ProblemView {
    public Long id;
    public String villageCode;
    public String townCode;
    /** The problem on the core's problems engine ({@code /api/v1/problems/{id}}). */
    public long coreProblemId;
    public Long visitId;
    public LocalDate raisedOn;
    public String description;
    public ProblemSeverity severity;
    /** The level handling it now, or the one that resolved it. */
    public Level level;
    public String levelZh;
    public LocalDate levelSince;
    public LocalDate levelDeadline;
    /** Open and past its level's deadline. */
    public boolean overdue;
    public LocalDate townOn;
    public String townReason;
    public LocalDate cityOn;
    public String cityReason;
    public String cityUnit;
    public boolean resolved;
    public LocalDate resolvedOn;
    public String resolution;
    /** The engine's status: PLAN_FILED, IN_PROGRESS, RECTIFIED (or VERIFIED once re-checked there). */
    public String engineStatus;
    /** The module record's version, sent back to escalate or resolve. */
    public long version;
}
