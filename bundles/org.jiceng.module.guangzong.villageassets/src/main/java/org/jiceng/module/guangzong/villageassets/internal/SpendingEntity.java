package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A spending request on a fund and its approval steps. */
@Entity
@Table(name = "gva_spending")
public class SpendingEntity {
    @Id
    @SequenceGenerator(name = "gva_spending_seq", sequenceName = "gva_spending_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_spending_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "fund_id", nullable = false)
    long fundId;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "township_code")
    String townshipCode;

    @Column(name = "year_of", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    FundCategory category;

    @Column(name = "amount", nullable = false)
    BigDecimal amount;

    @Column(name = "purpose", nullable = false)
    String purpose;

    @Column(name = "requested_on", nullable = false)
    LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false)
    String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    SpendingStatus status = SpendingStatus.SUBMITTED;

    @Column(name = "township_decided_on")
    LocalDate townshipDecidedOn;

    @Column(name = "township_decided_by")
    String townshipDecidedBy;

    @Column(name = "county_decided_on")
    LocalDate countyDecidedOn;

    @Column(name = "county_decided_by")
    String countyDecidedBy;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(name = "paid_by")
    String paidBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    SpendingView toView() {
        SpendingView v = new SpendingView();
        v.id = id;
        v.fundId = fundId;
        v.villageCode = villageCode;
        v.townshipCode = townshipCode;
        v.year = year;
        v.category = category;
        v.amount = amount;
        v.purpose = purpose;
        v.requestedOn = requestedOn;
        v.requestedBy = requestedBy;
        v.status = status;
        v.countyApprovalNeeded = FundRules.needsCounty(amount);
        v.townshipDecidedOn = townshipDecidedOn;
        v.townshipDecidedBy = townshipDecidedBy;
        v.countyDecidedOn = countyDecidedOn;
        v.countyDecidedBy = countyDecidedBy;
        v.rejectionReason = rejectionReason;
        v.paidOn = paidOn;
        v.paidBy = paidBy;
        v.version = version;
        return v;
    }
}
