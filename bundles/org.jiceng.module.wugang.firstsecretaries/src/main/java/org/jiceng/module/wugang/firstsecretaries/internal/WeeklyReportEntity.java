package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A weekly work report (每周工作动态) of one secretary for one ISO week. */
@Entity
@Table(name = "wfs_weekly_report")
public class WeeklyReportEntity {
    @Id
    @SequenceGenerator(name = "wfs_weekly_report_seq", sequenceName = "wfs_weekly_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wfs_weekly_report_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "assignment_id", nullable = false)
    long assignmentId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "week_key", nullable = false)
    String week;

    @Column(name = "week_start", nullable = false)
    LocalDate weekStart;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "submitted_on", nullable = false)
    LocalDate submittedOn;

    @Column(name = "summary", nullable = false)
    String summary;

    @Column(name = "submitted_by", nullable = false)
    String submittedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
