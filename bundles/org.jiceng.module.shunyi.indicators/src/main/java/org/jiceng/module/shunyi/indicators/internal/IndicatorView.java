package org.jiceng.module.shunyi.indicators.internal;

/** An indicator as read. */
public class IndicatorView {
    public Long id;
    public String countyCode;
    public String code;
    public String name;
    public Aspect aspect;
    public String aspectZh;
    public PartyDomain domain;
    public String domainZh;
    public long version;
}
