package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;

/** A meeting as read. */
public class MeetingView {
    public Long id;
    public String countyCode;
    public MeetingKind kind;
    public String kindZh;
    public int year;
    public int seq;
    /** "2025年第3次领导小组会". */
    public String title;
    public String subject;
    public LocalDate plannedOn;
    public MeetingState state;
    public LocalDate heldOn;
    public String chairedBy;
    public Integer attendees;
    public String minutes;
    public String recordedBy;
    public long version;
}
