package org.jiceng.module.guangzong.villageassets.internal;

/** What the count of an item found against the ledger (盘亏、盘盈、毁损). */
public enum DifferenceKind {
    /** As on the ledger, nothing damaged. */
    NONE("账实相符"),
    /** Fewer found than the ledger holds. */
    SHORTAGE("盘亏"),
    /** More found than the ledger holds. */
    SURPLUS("盘盈"),
    /** As many as the ledger holds, some of them damaged beyond use. */
    DAMAGED("毁损");

    private final String nameZh;

    DifferenceKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
