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

/** One item counted in a stock-taking, the difference found and its settlement. */
@Entity
@Table(name = "gva_count")
public class CountEntity {
    @Id
    @SequenceGenerator(name = "gva_count_seq", sequenceName = "gva_count_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_count_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "stocktake_id", nullable = false)
    long stocktakeId;

    @Column(name = "venue_id", nullable = false)
    long venueId;

    @Column(name = "item_id", nullable = false)
    long itemId;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "township_code")
    String townshipCode;

    @Column(name = "ledger_quantity", nullable = false)
    int ledgerQuantity;

    @Column(name = "counted_quantity", nullable = false)
    int countedQuantity;

    @Column(name = "damaged_quantity", nullable = false)
    int damagedQuantity;

    @Column(name = "unit_value", nullable = false)
    BigDecimal unitValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    DifferenceKind kind;

    @Column(name = "counted_on", nullable = false)
    LocalDate countedOn;

    @Column(name = "counted_by", nullable = false)
    String countedBy;

    @Column(name = "settled_on")
    LocalDate settledOn;

    @Column(name = "settled_by")
    String settledBy;

    @Column(name = "settlement_reason")
    String settlementReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    CountView toView(String itemName, ItemCategory category) {
        CountView v = new CountView();
        v.id = id;
        v.stocktakeId = stocktakeId;
        v.venueId = venueId;
        v.itemId = itemId;
        v.itemName = itemName;
        v.category = category;
        v.villageCode = villageCode;
        v.townshipCode = townshipCode;
        v.ledgerQuantity = ledgerQuantity;
        v.countedQuantity = countedQuantity;
        v.damagedQuantity = damagedQuantity;
        v.kind = kind;
        v.differenceValue = unitValue.multiply(BigDecimal.valueOf(countedQuantity - ledgerQuantity - damagedQuantity));
        v.countedOn = countedOn;
        v.countedBy = countedBy;
        v.settledOn = settledOn;
        v.settledBy = settledBy;
        v.settlementReason = settlementReason;
        v.version = version;
        return v;
    }
}
