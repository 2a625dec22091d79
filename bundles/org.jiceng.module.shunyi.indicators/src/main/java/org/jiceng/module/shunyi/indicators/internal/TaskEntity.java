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

/** A year's task of an indicator, assigned to a unit, reported done by it. */
@Entity
@Table(name = "sin_task")
public class TaskEntity {
    @Id
    @SequenceGenerator(name = "sin_task_seq", sequenceName = "sin_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sin_task_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "indicator_id", nullable = false)
    long indicatorId;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "unit", nullable = false)
    String unit;

    /** Where the unit is: the county for its organs, a township for a township's Party committee. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "done_note")
    String doneNote;

    @Column(name = "reported_by")
    String reportedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    TaskView toView(IndicatorEntity indicator, LocalDate today) {
        TaskView v = new TaskView();
        v.id = id;
        v.year = year;
        v.code = code;
        v.title = title;
        v.indicatorCode = indicator.code;
        v.indicatorName = indicator.name;
        v.domain = indicator.domain;
        v.unit = unit;
        v.jurisdictionCode = jurisdictionCode;
        v.dueOn = dueOn;
        v.doneOn = doneOn;
        v.doneNote = doneNote;
        v.reportedBy = reportedBy;
        v.progress = IndicatorRules.progress(dueOn, doneOn, today);
        v.progressZh = v.progress.zh();
        v.version = version;
        return v;
    }
}
