package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.procedure.StepState;

/** A matter as read: where it stands on the chain and in its four ups and downs, as the procedure engine keeps them. */
public class MatterView {
    public Long id;
    public String countyCode;
    public String jurisdictionCode;
    public String title;
    public LocalDate openedOn;
    public String openedBy;
    /** The chain: its open step (null once through the annual summary), its steps, its instance's version. */
    public String chainStep;
    public String chainStatus;
    public List<StepState> chain;
    public long chainVersion;
    /** 四上四下: rounds done of eight steps, its open step, its steps, its instance's version. */
    public int roundSteps;
    public String roundStep;
    public String roundsStatus;
    public List<StepState> rounds;
    public long roundsVersion;
    /** Decided by the standing committee. */
    public boolean decided;
}
