package org.jiceng.duty;

/** The four grades of a democratic evaluation 民主评议: 好, 较好, 一般, 差. */
public enum Rating {
    EXCELLENT("好"), GOOD("较好"), FAIR("一般"), POOR("差");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The Chinese label (好 …). */
    public String label() {
        return label;
    }
}
