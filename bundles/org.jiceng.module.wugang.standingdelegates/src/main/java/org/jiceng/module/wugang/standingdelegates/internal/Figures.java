package org.jiceng.module.wugang.standingdelegates.internal;

/**
 * The county's figures of the standing delegates (seed: 371 delegates in 21 studios, each linked to
 * one village and ten households): the present structure, and a year's duties, proposals and
 * evaluations. Counted from the records each time, never stored.
 */
public class Figures {
    public String jurisdictionCode;
    public int year;
    public long studios;
    /** Delegates serving now. */
    public long delegates;
    /** Delegates who are the core's members (the others are registered by name). */
    public long delegatesInRegistry;
    public long delegatesEnded;
    public long delegatesWithVillage;
    public long delegatesWithTenHouseholds;
    /** Distinct villages and communities serving delegates are linked to. */
    public long villagesCovered;
    public long householdsCovered;
    public long activityDays;
    /** Places on the activity days' rolls, and those present. */
    public long activityRollPlaces;
    public long activityAttendances;
    public String attendancePercent;
    public long researchVisits;
    public long inspections;
    public long meetings;
    public long meetingAttendances;
    public long inquiries;
    public long questionings;
    public long proposals;
    public long proposalsAssigned;
    /** Proposals the handling unit answered (办结). */
    public long proposalsHandled;
    /** handled / filed, as a percentage (办结率). */
    public String handledPercent;
    /** Closed with the delegate satisfied or basically satisfied. */
    public long proposalsSatisfied;
    public String satisfiedPercent;
    public long evaluated;
    public long excellent;
    public long competent;
    public long basicallyCompetent;
    public long incompetent;
}
