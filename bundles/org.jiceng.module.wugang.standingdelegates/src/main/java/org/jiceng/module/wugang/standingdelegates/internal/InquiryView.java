package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

/** An inquiry or questioning and its answer. */
public class InquiryView {
    public Long id;
    public long delegateId;
    public String jurisdictionCode;
    public InquiryKind kind;
    public String addressedTo;
    public String question;
    public LocalDate askedOn;
    public String answer;
    public LocalDate answeredOn;
    public long version;
}
