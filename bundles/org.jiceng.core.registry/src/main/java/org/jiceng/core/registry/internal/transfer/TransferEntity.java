package org.jiceng.core.registry.internal.transfer;

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

import org.jiceng.transfer.TransferStatus;

/** A relation transfer (组织关系转接). */
@Entity
@Table(name = "relation_transfer")
public class TransferEntity {
    @Id
    @SequenceGenerator(name = "relation_transfer_seq", sequenceName = "relation_transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relation_transfer_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id")
    long memberId;

    @Column(name = "from_organization_id")
    long fromOrganizationId;

    @Column(name = "to_organization_id")
    long toOrganizationId;

    @Column(name = "letter_number")
    String letterNumber;

    @Column(name = "issued_on")
    LocalDate issuedOn;

    @Column(name = "validity_days")
    int validityDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    TransferStatus status;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
