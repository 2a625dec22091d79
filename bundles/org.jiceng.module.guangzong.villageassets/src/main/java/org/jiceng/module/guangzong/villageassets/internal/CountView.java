package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An item's count in a stock-taking; differenceValue is the book value gained (positive) or lost (negative), damaged counted as lost. */
public class CountView {
    public Long id;
    public long stocktakeId;
    public long venueId;
    public long itemId;
    public String itemName;
    public ItemCategory category;
    public String villageCode;
    public String townshipCode;
    public int ledgerQuantity;
    public int countedQuantity;
    public int damagedQuantity;
    public DifferenceKind kind;
    public BigDecimal differenceValue;
    public LocalDate countedOn;
    public String countedBy;
    public LocalDate settledOn;
    public String settledBy;
    public String settlementReason;
    public long version;
}
