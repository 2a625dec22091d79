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

import org.jiceng.transfer.TransferStatus;

/** One status change of a transfer. */
@Entity
@Table(name = "relation_transfer_step")
public class TransferStepEntity {
    @Id
    @SequenceGenerator(name = "relation_transfer_step_seq", sequenceName = "relation_transfer_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relation_transfer_step_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "transfer_id")
    long transferId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    TransferStatus status;

    @Column(name = "step_date")
    LocalDate date;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "note")
    String note;
}
