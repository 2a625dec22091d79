package org.jiceng.module.guangzong.studytraining.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A score in an exam's ranking. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "score")
public class ScoreView {
    public long id;
    public long examId;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String townCode;
    public int score;
    /** Competition rank in the exam (equal scores share it). */
    public int rank;
    public boolean passed;
    /** Selected for site training from this exam. */
    public boolean selected;
}
