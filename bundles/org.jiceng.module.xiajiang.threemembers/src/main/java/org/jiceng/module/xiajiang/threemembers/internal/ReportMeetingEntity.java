package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** The quarterly report meeting of the three members with its record. */
@Entity
@Table(name = "x3m_report_meeting")
public class ReportMeetingEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "work_year", nullable = false)
    int workYear;

    @Column(name = "quarter_no", nullable = false)
    int quarter;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    /** Ids of the dispatches whose members reported, comma-separated. */
    @Column(name = "attendees")
    String attendees;

    @Column(name = "minutes", nullable = false)
    String minutes;

    @Column(name = "decisions")
    String decisions;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ReportMeetingView toView() {
        return new ReportMeetingView(id, jurisdictionCode, workYear, quarter, heldOn, Ids.parse(attendees), minutes, decisions, recordedBy,
                version);
    }
}
