package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A milestone of a folded project, due on the day the backward schedule gave it. */
@Entity
@Table(name = "sin_milestone")
public class MilestoneEntity {
    @Id
    @SequenceGenerator(name = "sin_milestone_seq", sequenceName = "sin_milestone_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sin_milestone_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "project_id", nullable = false)
    long projectId;

    /** The project's, so the milestone is checked and listed by place without its project. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "seq", nullable = false)
    int seq;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "duration_days", nullable = false)
    int durationDays;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "note")
    String note;

    @Column(name = "reported_by")
    String reportedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    MilestoneView toView(ProjectEntity project, LocalDate today) {
        MilestoneView v = new MilestoneView();
        v.id = id;
        v.projectId = projectId;
        v.projectTitle = project.title;
        v.unit = project.unit;
        v.jurisdictionCode = jurisdictionCode;
        v.seq = seq;
        v.title = title;
        v.durationDays = durationDays;
        v.startsOn = dueOn.minusDays(durationDays);
        v.dueOn = dueOn;
        v.doneOn = doneOn;
        v.note = note;
        v.reportedBy = reportedBy;
        v.progress = IndicatorRules.progress(dueOn, doneOn, today);
        v.progressZh = v.progress.zh();
        v.version = version;
        return v;
    }
}
