package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

/** An objection as clients see it. */
public class ObjectionView {
    public Long id;
    public long nominationId;
    public long campaignId;
    public String jurisdictionCode;
    public String content;
    public String raisedBy;
    public LocalDate raisedOn;
    public String recordedBy;
    public ObjectionStatus status;
    public String finding;
    public LocalDate resolvedOn;
    public String resolvedBy;
    public long version;
}
