package org.jiceng.module.xingning.reservecadres.internal;

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

/** One training a reserve took part in. Kept as written: a training record is history. */
@Entity
@Table(name = "xrv_training")
public class TrainingEntity {
    @Id
    @SequenceGenerator(name = "xrv_training_seq", sequenceName = "xrv_training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrv_training_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "reserve_id", nullable = false)
    long reserveId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    TrainingKind kind;

    @Column(name = "batch")
    String batch;

    @Column(name = "started_on", nullable = false)
    LocalDate startedOn;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @Column(name = "hours", nullable = false)
    int hours;

    @Column(name = "note")
    String note;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    TrainingView toView() {
        TrainingView v = new TrainingView();
        v.id = id;
        v.reserveId = reserveId;
        v.kind = kind;
        v.batch = batch;
        v.startedOn = startedOn;
        v.endedOn = endedOn;
        v.hours = hours;
        v.note = note;
        v.enteredBy = enteredBy;
        return v;
    }
}
