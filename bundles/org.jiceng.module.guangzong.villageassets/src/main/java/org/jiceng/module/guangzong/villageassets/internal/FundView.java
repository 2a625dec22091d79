package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.List;

/** A village's fund of a year as the API shows it: committed is what is approved, paid or still in the steps; spent is what is paid. */
public class FundView {
    public Long id;
    public String villageCode;
    public String villageName;
    public String townshipCode;
    public int year;
    public BigDecimal budget;
    public List<FundCategory> scope;
    public BigDecimal committed;
    public BigDecimal spent;
    public BigDecimal available;
    public String allocatedBy;
    public long version;
}
