package org.jiceng.core.duties.internal;

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

import org.jiceng.duty.PledgeStatus;

/** A responsibility pledge as it stands; its items are {@link PledgeItemEntity}. */
@Entity
@Table(name = "duty_pledge")
public class PledgeEntity {
    @Id
    @SequenceGenerator(name = "duty_pledge_seq", sequenceName = "duty_pledge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_pledge_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "pledge_year")
    int year;

    @Column(name = "issuer_code")
    String issuerCode;

    @Column(name = "signer_code")
    String signerCode;

    @Column(name = "title")
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    PledgeStatus status;

    @Column(name = "signed_on")
    LocalDate signedOn;

    @Column(name = "signed_by")
    String signedBy;

    @Column(name = "assessed_on")
    LocalDate assessedOn;

    @Column(name = "assessed_by")
    String assessedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
