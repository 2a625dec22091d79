package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An asset of a venue's ledger as the API shows it; value is quantity times unit value. */
public class ItemView {
    public Long id;
    public long venueId;
    public String villageCode;
    public ItemCategory category;
    public String name;
    public int quantity;
    public BigDecimal area;
    public BigDecimal unitValue;
    public BigDecimal value;
    public LocalDate acquiredOn;
    public LocalDate registeredOn;
    public long version;
}
