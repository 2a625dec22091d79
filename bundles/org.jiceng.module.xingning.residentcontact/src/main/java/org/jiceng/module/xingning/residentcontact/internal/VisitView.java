package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

/** A household visit. */
public class VisitView {
    public Long id;
    public String villageCode;
    public String townCode;
    public String household;
    public long memberId;
    public LocalDate visitedOn;
    public String note;
}
