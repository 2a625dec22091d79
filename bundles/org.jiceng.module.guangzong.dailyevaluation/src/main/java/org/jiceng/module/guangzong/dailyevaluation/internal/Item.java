package org.jiceng.module.guangzong.dailyevaluation.internal;

/** An item of a board: what an entry records, and the range its points must lie in (negative for deductions). */
public record Item(String key, Board board, String name, double minimum, double maximum) {
    boolean accepts(double points) {
        return points >= minimum && points <= maximum && points != 0;
    }

    String range() {
        return "[" + format(minimum) + ", " + format(maximum) + "]";
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
