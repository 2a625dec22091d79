package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A year of the meeting chain in figures: meetings planned and held per kind, matters and where they stand. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public int year;
    public LocalDate asOf;
    @XmlElement(name = "meetingKind")
    public List<KindRow> meetings;
    public long meetingsPlanned;
    public long meetingsHeld;
    public long matters;
    /** Through their four ups and downs. */
    public long mattersRoundsComplete;
    /** Decided by the standing committee. */
    public long mattersDecided;
    /** Through the annual summary. */
    public long mattersCompleted;

    /** Meetings of one kind in the year. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "kindRow")
    public static class KindRow {
        public MeetingKind kind;
        public String kindZh;
        public long planned;
        public long held;
        /** Matters that passed this step of the chain. */
        public long mattersPassed;
    }
}
