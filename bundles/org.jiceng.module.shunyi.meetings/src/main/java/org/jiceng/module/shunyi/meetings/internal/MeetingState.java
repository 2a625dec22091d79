package org.jiceng.module.shunyi.meetings.internal;

/** A meeting of the plan: PLANNED, then HELD with its minutes. */
public enum MeetingState {
    PLANNED, HELD
}
