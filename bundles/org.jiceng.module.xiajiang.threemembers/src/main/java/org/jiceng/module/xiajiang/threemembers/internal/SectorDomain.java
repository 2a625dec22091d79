package org.jiceng.module.xiajiang.threemembers.internal;

/** The seven sector domains supervisors are sent to, after the discipline inspection groups' layout. */
public enum SectorDomain {
    ECONOMY("经济"), PARTY_AFFAIRS("党建"), AGRICULTURE_FORESTRY("农林"), CULTURE("文化"), LIVELIHOOD("民生"), TRANSPORT_CONSTRUCTION("交建"), POLITICS_LAW("政法");

    private final String zh;

    SectorDomain(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
