package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A change of an item's ledger quantity, with its reason; never changed afterwards. */
@Entity
@Table(name = "gva_adjustment")
public class AdjustmentEntity {
    @Id
    @SequenceGenerator(name = "gva_adjustment_seq", sequenceName = "gva_adjustment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_adjustment_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "item_id", nullable = false)
    long itemId;

    @Column(name = "venue_id", nullable = false)
    long venueId;

    @Column(name = "count_id")
    Long countId;

    @Column(name = "quantity_before", nullable = false)
    int quantityBefore;

    @Column(name = "quantity_after", nullable = false)
    int quantityAfter;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "adjusted_on", nullable = false)
    LocalDate adjustedOn;

    @Column(name = "adjusted_by", nullable = false)
    String adjustedBy;
}
