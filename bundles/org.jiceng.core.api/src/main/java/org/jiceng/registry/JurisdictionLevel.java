package org.jiceng.registry;

/** Administrative level of a jurisdiction: 省 province > 市 city > 县/区 county > 乡镇街道 township > 村/社区 village or community. */
public enum JurisdictionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
}
