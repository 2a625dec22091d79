package org.jiceng.module.shunyi.twonew.internal;

import java.math.BigDecimal;
import java.util.Map;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The reserve talent database in figures: who is in reserve, who was posted, and whether the reserve makes village cadres younger and better schooled. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "talentFigures")
public class TalentFigures {
    public long inReserve;
    public long posted;
    public long withdrawn;
    /** Average age of those in reserve, one decimal. */
    public BigDecimal averageAge;
    /** Those in reserve aged 35 or under. */
    public long agedThirtyFiveOrUnder;
    /** Share of those in reserve with an undergraduate degree or above (本科以上), percent. */
    public String undergraduateOrAbovePercent;
    /** Those in reserve per source. */
    public Map<TalentSource, Long> bySource;
}
