package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;

/** A training record as REST shows it. */
public class TrainingView {
    public Long id;
    public long reserveId;
    public TrainingKind kind;
    public String batch;
    public LocalDate startedOn;
    public LocalDate endedOn;
    public int hours;
    public String note;
    public String enteredBy;
}
