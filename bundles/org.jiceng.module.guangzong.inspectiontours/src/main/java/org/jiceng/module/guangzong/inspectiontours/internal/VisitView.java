package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;

/** A unit inspected in a round, as read, with how far its findings got on the problems engine. */
public class VisitView {
    public Long id;
    public long roundId;
    public int roundNumber;
    public String jurisdictionCode;
    public UnitKind unitKind;
    public String unitKindZh;
    public String unitName;
    public Long organizationId;
    public Mode mode;
    public String modeZh;
    public LocalDate visitedOn;
    public long inspectorId;
    public String inspectorName;
    public String note;
    public long findings;
    public long version;
}
