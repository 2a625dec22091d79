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

/** An asset on a venue's ledger. */
@Entity
@Table(name = "gva_item")
public class ItemEntity {
    @Id
    @SequenceGenerator(name = "gva_item_seq", sequenceName = "gva_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gva_item_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "venue_id", nullable = false)
    long venueId;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    ItemCategory category;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "quantity", nullable = false)
    int quantity;

    @Column(name = "area")
    BigDecimal area;

    @Column(name = "unit_value", nullable = false)
    BigDecimal unitValue;

    @Column(name = "acquired_on")
    LocalDate acquiredOn;

    @Column(name = "registered_on", nullable = false)
    LocalDate registeredOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ItemView toView() {
        ItemView v = new ItemView();
        v.id = id;
        v.venueId = venueId;
        v.villageCode = villageCode;
        v.category = category;
        v.name = name;
        v.quantity = quantity;
        v.area = area;
        v.unitValue = unitValue;
        v.value = unitValue.multiply(BigDecimal.valueOf(quantity));
        v.acquiredOn = acquiredOn;
        v.registeredOn = registeredOn;
        v.version = version;
        return v;
    }
}
