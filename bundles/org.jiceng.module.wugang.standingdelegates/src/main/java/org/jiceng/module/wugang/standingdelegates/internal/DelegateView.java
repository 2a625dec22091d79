package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.List;

/** A delegate as clients see it; a single read also carries the households (lists leave them out). */
public class DelegateView {
    public Long id;
    public long studioId;
    public String jurisdictionCode;
    public Long memberId;
    public String name;
    public LocalDate termStart;
    public LocalDate termEnd;
    public String villageCode;
    public LocalDate villageLinkedOn;
    public int households;
    public DelegateStatus status;
    public LocalDate endedOn;
    public String endReason;
    public long version;
    /** Single reads only. */
    public List<HouseholdView> householdList;
}
