package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A meeting of the county's chain: planned for the year, then held with its minutes. */
@Entity
@Table(name = "smt_meeting")
public class MeetingEntity {
    @Id
    @SequenceGenerator(name = "smt_meeting_seq", sequenceName = "smt_meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smt_meeting_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    MeetingKind kind;

    @Column(name = "plan_year", nullable = false)
    int year;

    /** Its number among the year's meetings of its kind (第N次领导小组会议). */
    @Column(name = "seq", nullable = false)
    int seq;

    @Column(name = "subject", nullable = false)
    String subject;

    @Column(name = "planned_on", nullable = false)
    LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    MeetingState state;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "chaired_by")
    String chairedBy;

    @Column(name = "attendees")
    Integer attendees;

    @Column(name = "minutes")
    String minutes;

    @Column(name = "recorded_by")
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    MeetingView toView() {
        MeetingView v = new MeetingView();
        v.id = id;
        v.countyCode = countyCode;
        v.kind = kind;
        v.kindZh = kind.zh();
        v.year = year;
        v.seq = seq;
        v.title = year + "年第" + seq + "次" + kind.zh();
        v.subject = subject;
        v.plannedOn = plannedOn;
        v.state = state;
        v.heldOn = heldOn;
        v.chairedBy = chairedBy;
        v.attendees = attendees;
        v.minutes = minutes;
        v.recordedBy = recordedBy;
        v.version = version;
        return v;
    }
}
