package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A top scorer selected for revolutionary-site training. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "selection")
public class SelectionView {
    public long id;
    public long examId;
    public String examTitle;
    public LocalDate examHeldOn;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String townCode;
    public int score;
    public int rank;
    public SelectionStatus status;
    public String site;
    public LocalDate trainedOn;
    public String note;
    public long version;

    static SelectionView of(SelectionEntity s, ExamEntity exam) {
        SelectionView v = new SelectionView();
        v.id = s.id;
        v.examId = s.examId;
        v.examTitle = exam == null ? null : exam.title;
        v.examHeldOn = exam == null ? null : exam.heldOn;
        v.memberId = s.memberId;
        v.memberName = s.memberName;
        v.jurisdictionCode = s.jurisdictionCode;
        v.townCode = s.townCode;
        v.score = s.score;
        v.rank = s.examRank;
        v.status = s.status;
        v.site = s.site;
        v.trainedOn = s.trainedOn;
        v.note = s.note;
        v.version = s.version;
        return v;
    }
}
