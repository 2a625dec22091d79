package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.List;

/** A city leader as read, with the links of the year asked for (or of every year). */
public class LeaderView {
    public Long id;
    public String countyCode;
    public long memberId;
    public String name;
    public long positionId;
    /** The core post's title (市委常委、组织部部长). */
    public String post;
    public String unit;
    public LocalDate registeredOn;
    public String registeredBy;
    public LocalDate leftOn;
    public List<LinkView> links;
    public long version;
}
