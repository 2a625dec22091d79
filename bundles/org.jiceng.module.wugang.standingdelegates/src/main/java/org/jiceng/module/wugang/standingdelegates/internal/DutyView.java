package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.List;

/** A duty on record with its roll: who was present and, on an activity day, who was absent. */
public class DutyView {
    public Long id;
    public DutyKind kind;
    public String kindName;
    public String jurisdictionCode;
    public Long studioId;
    public LocalDate heldOn;
    public String subject;
    public String report;
    public List<Long> present;
    public List<Long> absent;
    public String recordedBy;
    public long version;
}
