package org.jiceng.module.shunyi.indicators.internal;

/** The five domains of Party building an indicator serves (5大领域). */
public enum PartyDomain {
    IDEOLOGICAL("思想建设"), ORGANIZATIONAL("组织建设"), CONDUCT("作风建设"), INTEGRITY("反腐倡廉建设"), INSTITUTIONAL("制度建设");

    private final String zh;

    PartyDomain(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
