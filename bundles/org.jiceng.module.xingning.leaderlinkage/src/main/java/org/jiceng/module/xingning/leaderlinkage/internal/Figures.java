package org.jiceng.module.xingning.leaderlinkage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/**
 * A year of the linkage in figures: leaders and their links per kind, how far the poor and weak villages are covered,
 * how the responsibility lists stand, and the checks per leader and quarter. Shares have four decimals (0.8571).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public int year;
    public LocalDate asOf;
    /** Leaders of the city serving in the year (registered by its end, not left before it); below the city, those linked to its places. */
    public long leaders;
    /** Leaders with a town, a poor village and a weak village in the year. */
    public long leadersFullyLinked;
    @XmlElement(name = "kind")
    public List<KindRow> links;
    /** Villages on the year's poor-village list, and those a leader is linked to. */
    public long poorVillages;
    public long poorVillagesLinked;
    public BigDecimal poorCoverage;
    /** Villages the registry marks weak and lax now, and those a leader is linked to this year. */
    public long weakVillages;
    public long weakVillagesLinked;
    public BigDecimal weakCoverage;
    public long items;
    public long itemsDone;
    public long itemsDoneLate;
    public long itemsOverdue;
    public long itemsOpen;
    public BigDecimal doneShare;
    public long checks;
    /** Quarters over by today in which a link of the year had no check (each link is checked at least once a quarter). */
    public long quartersUnchecked;
    @XmlElement(name = "leader")
    public List<LeaderRow> checksPerLeader;

    /** Links of one kind. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "kindRow")
    public static class KindRow {
        public LinkKind kind;
        public String kindZh;
        public long links;
    }

    /** One leader's checks per quarter, and their list. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "leaderRow")
    public static class LeaderRow {
        public long leaderId;
        public String name;
        public String post;
        public String town;
        public String poorVillage;
        public String weakVillage;
        @XmlElement(name = "quarter")
        public List<Long> checksPerQuarter;
        public long checks;
        public long items;
        public long itemsDone;
        public long itemsOverdue;
    }
}
