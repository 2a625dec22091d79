package org.jiceng.duty;

/** Who rates a report: the upper committee (上级党委) or, in two-way reporting 双向述职, the cadres below (下级干部). */
public enum RaterKind {
    UPPER, LOWER
}
