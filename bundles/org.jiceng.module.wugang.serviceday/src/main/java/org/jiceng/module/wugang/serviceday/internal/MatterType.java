package org.jiceng.module.wugang.serviceday.internal;

/** The county's catalogue of matters residents apply for on a service day; each has a promised deadline (configured). */
public enum MatterType {
    /** 社保医保: pension and medical insurance enrolment, payments, transfers. */
    SOCIAL_INSURANCE("社保医保"),
    /** 惠民补贴: subsidies (farmland, low income, disability, elderly). */
    SUBSIDY("惠民补贴"),
    /** 证明证照: certificates and papers the village or township issues. */
    CERTIFICATE("证明证照"),
    /** 土地宅基地: land contracts, homesteads, disputes. */
    LAND("土地宅基地"),
    /** 其他事项: anything else. */
    OTHER("其他事项");

    private final String nameZh;

    MatterType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
