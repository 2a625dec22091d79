package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.bind.annotation.XmlTransient;

/** A stock-taking's results in a subtree, and per township. */
// the nested types are named apart from the other figures' (JAXB maps them all into the module's one namespace)
public class StocktakeFigures {
    public String code;
    public long stocktakeId;
    public int year;
    public StocktakeStatus status;
    public Stock total = new Stock();
    public List<TownshipStock> byTownship = new ArrayList<>();

    public static class Stock {
        /** Venues with a ledger. */
        public long venues;
        /** Of those, counted in the campaign. */
        public long venuesCounted;
        public long itemsCounted;
        /** Counts that found the ledger wrong, by kind. */
        public long differences;
        public long shortages;
        public long surpluses;
        public long damaged;
        /** Differences settled by an adjustment of the ledger. */
        public long settled;
        /** Book value lost (shortages and damaged, as a positive amount) and gained (surpluses). */
        public BigDecimal valueLost = BigDecimal.ZERO;
        public BigDecimal valueGained = BigDecimal.ZERO;
        @XmlTransient
        private final Set<Long> counted = new HashSet<>();

        void add(CountEntity c) {
            counted.add(c.venueId);
            itemsCounted++;
            if (c.kind == DifferenceKind.NONE) {
                return;
            }
            differences++;
            shortages += c.kind == DifferenceKind.SHORTAGE ? 1 : 0;
            surpluses += c.kind == DifferenceKind.SURPLUS ? 1 : 0;
            damaged += c.kind == DifferenceKind.DAMAGED ? 1 : 0;
            settled += c.settledOn != null ? 1 : 0;
            BigDecimal change = c.unitValue.multiply(BigDecimal.valueOf(c.countedQuantity - c.ledgerQuantity - c.damagedQuantity));
            if (change.signum() < 0) {
                valueLost = valueLost.subtract(change);
            } else {
                valueGained = valueGained.add(change);
            }
        }

        void finish() {
            venuesCounted = counted.size();
        }
    }

    public static class TownshipStock extends Stock {
        public String townshipCode;
        public String townshipName;
    }
}
