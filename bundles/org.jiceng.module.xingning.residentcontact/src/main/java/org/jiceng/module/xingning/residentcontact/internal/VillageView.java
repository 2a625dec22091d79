package org.jiceng.module.xingning.residentcontact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A village's register and its visit rate (进户率) in a year. */
public class VillageView {
    public String villageCode;
    public String villageName;
    public String townCode;
    public int households;
    public int year;
    /** Different households visited in the year. */
    public long householdsVisited;
    /** householdsVisited / households, four decimals. */
    public BigDecimal visitRate;
    public LocalDate updatedOn;
    public long version;
}
