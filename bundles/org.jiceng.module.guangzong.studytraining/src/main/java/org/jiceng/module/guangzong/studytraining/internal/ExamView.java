package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** An exam as REST (JSON) and SOAP show it, with its counts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "exam")
public class ExamView {
    public Long id;
    public String jurisdictionCode;
    public String title;
    public LocalDate heldOn;
    public int fullMark;
    public int passMark;
    public ExamStatus status;
    public LocalDate closedOn;
    /** Members who sat it (a score each), and of them at or above the pass mark. */
    public long takers;
    public long passed;
    /** The selection for site training: places asked, the minimum score, when, and how many it took (ties included). */
    public Integer places;
    public Integer minScore;
    public LocalDate selectedOn;
    public long selected;
    public long version;

    static ExamView of(ExamEntity e, long takers, long passed, long selected) {
        ExamView v = new ExamView();
        v.id = e.id;
        v.jurisdictionCode = e.jurisdictionCode;
        v.title = e.title;
        v.heldOn = e.heldOn;
        v.fullMark = e.fullMark;
        v.passMark = e.passMark;
        v.status = e.status;
        v.closedOn = e.closedOn;
        v.takers = takers;
        v.passed = passed;
        v.places = e.places;
        v.minScore = e.minScore;
        v.selectedOn = e.selectedOn;
        v.selected = selected;
        v.version = e.version;
        return v;
    }
}
