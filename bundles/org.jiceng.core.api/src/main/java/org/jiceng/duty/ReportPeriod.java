package org.jiceng.duty;

/** The period a reporting round covers: first half-year (年中, around 七一), second half-year (年底), or the whole year. */
public enum ReportPeriod {
    H1("上半年"), H2("下半年"), YEAR("全年");

    private final String label;

    ReportPeriod(String label) {
        this.label = label;
    }

    /** The Chinese label, for documents and UIs. */
    public String label() {
        return label;
    }
}
