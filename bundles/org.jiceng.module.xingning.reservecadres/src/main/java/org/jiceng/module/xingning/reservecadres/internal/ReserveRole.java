package org.jiceng.module.xingning.reservecadres.internal;

/** The three kinds of people a village cultivates in one term ("123"), with how many of each. */
public enum ReserveRole {
    /** 党支部书记后备人选: one per village and term; a Party member. */
    SECRETARY_RESERVE(1, "党支部书记后备人选", true),
    /** "两委"后备干部: two per village and term. */
    COMMITTEE_RESERVE(2, "\"两委\"后备干部", true),
    /** 入党积极分子: three per village and term; people not yet admitted to the Party. */
    ACTIVIST(3, "入党积极分子", false);

    private final int quota;
    private final String nameZh;
    private final boolean cadre;

    ReserveRole(int quota, String nameZh, boolean cadre) {
        this.quota = quota;
        this.nameZh = nameZh;
        this.cadre = cadre;
    }

    /** How many the village cultivates in one term. */
    public int quota() {
        return quota;
    }

    public String nameZh() {
        return nameZh;
    }

    /** A reserve cadre, put on the core's RESERVE list (后备干部); activists are tracked in the core's development pipeline instead. */
    public boolean cadre() {
        return cadre;
    }
}
