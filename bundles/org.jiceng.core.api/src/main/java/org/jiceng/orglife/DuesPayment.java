package org.jiceng.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One month of Party dues (党费) paid by a member; at most one payment per member and month. */
public class DuesPayment {
    private Long id;
    private Long memberId;
    /** The organization the member belonged to when paying; set by the server. */
    private Long organizationId;
    /** The month paid for, written yyyy-MM. */
    private String month;
    /** In yuan, at most two decimals. */
    private BigDecimal amount;
    /** Today when not given. */
    private LocalDate paidOn;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }
}
