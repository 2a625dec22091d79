package org.jiceng.module.guangzong.dailyevaluation.internal;

/**
 * The three boards of the system (系统设置了日常工作测评、“德”的考评和学习提升等三个板块). Each is scored on
 * 100 points: a member starts the year at the board's base and its entries add or deduct from there;
 * the overall total weighs the boards. The seed names the boards, not their weights or bases: these
 * are a plausible split (daily work weighs most, as the county's 考评细则 is about daily management).
 */
public enum Board {
    WORK("日常工作测评", 50, 80), VIRTUE("“德”的考评", 30, 80), STUDY("学习提升", 20, 70);

    /** Every board is scored out of this. */
    static final double MAXIMUM = 100;

    final String label;
    /** Share of the overall 100 points. */
    final double weight;
    /** Points a member has on the board before any entry of the year. */
    final double base;

    Board(String label, double weight, double base) {
        this.label = label;
        this.weight = weight;
        this.base = base;
    }

    /** The engine's indicator key of the board. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
