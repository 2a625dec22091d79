package org.jiceng.module.wugang.villageappraisal.internal;

/**
 * The kinds of records in a cadre's performance dossier (业绩考核档案) and the indicator each feeds. The
 * seed gives the dossier, not its headings: these follow what a village cadre is held to in 武冈 — the
 * work of the post, the Monday service day in the village (代办 on residents' behalf) and conduct.
 */
enum RecordCategory {
    /** 履职尽责: work done in the post, points earned (up to 10 a record). */
    DUTY("履职尽责", 0, 10),
    /** 集中服务日代办: matters handled on the service day, points earned (up to 10 a record). */
    SERVICE("集中服务日代办", 0, 10),
    /** 纪律作风扣分: a breach of discipline or conduct, points deducted (down to −10 a record). */
    DISCIPLINE("纪律作风扣分", -10, 0);

    final String label;
    /** Points of one record lie strictly beyond zero on their side and within these bounds. */
    final double lowest;
    final double highest;

    RecordCategory(String label, double lowest, double highest) {
        this.label = label;
        this.lowest = lowest;
        this.highest = highest;
    }

    /** Earning categories take points above zero, the deducting one below: a zero record says nothing. */
    boolean accepts(double points) {
        return points != 0 && points >= lowest && points <= highest;
    }

    String bounds() {
        return lowest < 0 ? "between " + (int) lowest + " and 0 (a deduction), not 0" : "above 0 and at most " + (int) highest;
    }
}
