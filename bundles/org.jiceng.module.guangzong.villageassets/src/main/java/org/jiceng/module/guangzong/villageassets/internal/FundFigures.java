package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.Shares;

/** The supervision figures of village operating funds of a year in a subtree, per township and per category. */
// the nested types are named apart from the other figures' (JAXB maps them all into the module's one namespace)
public class FundFigures {
    public String code;
    public int year;
    public Funds total = new Funds();
    public List<TownshipFunds> byTownship = new ArrayList<>();
    public List<CategorySpending> byCategory = new ArrayList<>();

    public static class Funds {
        /** Villages with a fund of the year, and their budgets. */
        public long funds;
        public BigDecimal budget = BigDecimal.ZERO;
        /** Paid out. */
        public BigDecimal spent = BigDecimal.ZERO;
        public long paid;
        /** Approved, not paid yet. */
        public BigDecimal approved = BigDecimal.ZERO;
        public long approvedUnpaid;
        /** Waiting at a step (township or county). */
        public BigDecimal pending = BigDecimal.ZERO;
        public long pendingRequests;
        /** Rejected at a step. */
        public BigDecimal rejected = BigDecimal.ZERO;
        public long rejectedRequests;
        /** Spent of the budget, "58.7". */
        public String spentPercent;

        void add(SpendingStatus status, long n, BigDecimal amount) {
            switch (status) {
                case PAID -> {
                    paid += n;
                    spent = spent.add(amount);
                }
                case APPROVED -> {
                    approvedUnpaid += n;
                    approved = approved.add(amount);
                }
                case SUBMITTED, TOWNSHIP_APPROVED -> {
                    pendingRequests += n;
                    pending = pending.add(amount);
                }
                case REJECTED -> {
                    rejectedRequests += n;
                    rejected = rejected.add(amount);
                }
            }
        }

        void finish() {
            // shares of whole fen (cents): the amounts carry two decimals
            spentPercent = Shares.percent(Shares.of(spent.movePointRight(2).longValue(), budget.movePointRight(2).longValue()));
        }
    }

    public static class TownshipFunds extends Funds {
        public String townshipCode;
        public String townshipName;
    }

    public static class CategorySpending {
        public FundCategory category;
        public String nameZh;
        public long requests;
        public BigDecimal spent = BigDecimal.ZERO;
    }
}
