package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.procedure.StepState;

/** A supervision item as read, with its steps from the procedure engine and its findings' state from the problems engine. */
public class ItemView {
    public Long id;
    public Kind kind;
    public String kindZh;
    public String title;
    public String unit;
    public String jurisdictionCode;
    public Team team;
    public String teamZh;
    public String leader;
    public boolean keyTask;
    public LocalDate openedOn;
    public String openedBy;
    public long instanceId;
    /** RUNNING, COMPLETED or CLOSED_EARLY, as the engine has it. */
    public String status;
    public String currentStep;
    public String currentStepName;
    public LocalDate currentDue;
    public boolean overdue;
    public List<StepState> steps;
    public long findings;
    public long findingsRectified;
    public long findingsVerified;
    /** The procedure instance's version, sent back to complete a step. */
    public long version;
}
