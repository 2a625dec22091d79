package org.jiceng.module.wugang.firstsecretaries.internal;

import java.util.List;

/** A secretary's month in the village against the county's requirement; {@code shortfall} flags a judged month that fell short. */
public class MonthPresence {
    public long assignmentId;
    public String memberName;
    public String jurisdictionCode;
    public String month;
    public int daysInVillage;
    public int nightsInVillage;
    public int requiredDays;
    public int requiredNights;
    public int daysShort;
    public int nightsShort;
    /** The month is over and the secretary was sent for all of it: the requirement applies. */
    public boolean judged;
    public boolean shortfall;
    /** The logged days, when one secretary's month is asked for. */
    public List<PresenceView> logs;
}
