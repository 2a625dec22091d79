package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A venue's ledger card: the venue, its items and the adjustments made to them. */
public class LedgerView {
    public VenueView venue;
    public List<ItemView> items = new ArrayList<>();
    public List<AdjustmentView> adjustments = new ArrayList<>();
    public BigDecimal totalValue = BigDecimal.ZERO;
}
