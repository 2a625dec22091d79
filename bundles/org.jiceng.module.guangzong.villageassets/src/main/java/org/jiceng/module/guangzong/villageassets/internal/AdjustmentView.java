package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;

/** A change of an item's ledger quantity and its reason. */
public class AdjustmentView {
    public long itemId;
    public String itemName;
    public Long countId;
    public int quantityBefore;
    public int quantityAfter;
    public String reason;
    public LocalDate adjustedOn;
    public String adjustedBy;
}
