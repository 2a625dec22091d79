package org.jiceng.module.guangzong.workstandard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's figures of the standard in a scope. Pass rates count the township's checks (a unit only
 * self-checked is PENDING, in no rate); a category is passed by a unit that met every one of its tasks.
 */
public class Figures {
    public String jurisdictionCode;
    public int year;
    public int categories;
    public int tasks;
    public long units;
    public long townshipChecked;
    public long pending;
    public long passed;
    public long belowStandard;
    /** passed / township-checked in percent, one decimal ("0.0" when none were checked). */
    public BigDecimal passPercent;
    public List<CategoryRate> byCategory = new ArrayList<>();
    public List<TownshipRate> byTownship = new ArrayList<>();

    public static class CategoryRate {
        public String key;
        public String name;
        public int tasks;
        public long checked;
        public long passed;
        public BigDecimal passPercent;
    }

    public static class TownshipRate {
        public String townshipCode;
        public String townshipName;
        public long units;
        public long checked;
        public long passed;
        public BigDecimal passPercent;
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? new BigDecimal("0.0")
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
