package org.jiceng.core.registry.internal.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.jiceng.orglife.DuesPayment;

/** One month of a member's Party dues. */
@Entity
@Table(name = "orglife_dues")
public class DuesPaymentEntity {
    @Id
    @SequenceGenerator(name = "orglife_dues_seq", sequenceName = "orglife_dues_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orglife_dues_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    /** yyyy-MM: sorts and compares as text. */
    @Column(name = "dues_month", nullable = false)
    private String month;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    public static DuesPaymentEntity of(long memberId, long organizationId, String month, BigDecimal amount, LocalDate paidOn) {
        DuesPaymentEntity e = new DuesPaymentEntity();
        e.memberId = memberId;
        e.organizationId = organizationId;
        e.month = month;
        e.amount = amount;
        e.paidOn = paidOn;
        return e;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMonth() {
        return month;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public DuesPayment toDto() {
        return new DuesPayment(id, memberId, organizationId, month, amount, paidOn);
    }
}
