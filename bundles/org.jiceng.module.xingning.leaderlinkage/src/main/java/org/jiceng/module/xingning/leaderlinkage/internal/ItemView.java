package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;

/** An item of a responsibility list as read, with where it stands today. */
public class ItemView {
    public Long id;
    public long linkId;
    public String jurisdictionCode;
    public String title;
    public String responsibleUnit;
    public LocalDate dueOn;
    public LocalDate doneOn;
    public Long doneCheckId;
    public ItemState state;
    public String addedBy;
    public long version;
}
