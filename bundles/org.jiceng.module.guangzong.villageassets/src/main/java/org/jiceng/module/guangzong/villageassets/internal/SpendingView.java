package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A spending request and where it stands in the approval steps. */
public class SpendingView {
    public Long id;
    public long fundId;
    public String villageCode;
    public String townshipCode;
    public int year;
    public FundCategory category;
    public BigDecimal amount;
    public String purpose;
    public LocalDate requestedOn;
    public String requestedBy;
    public SpendingStatus status;
    public boolean countyApprovalNeeded;
    public LocalDate townshipDecidedOn;
    public String townshipDecidedBy;
    public LocalDate countyDecidedOn;
    public String countyDecidedBy;
    public String rejectionReason;
    public LocalDate paidOn;
    public String paidBy;
    public long version;
}
