package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** One village's "123" for its current term: how many of each role it has and lacks. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "villageSlots")
public class VillageSlots {
    public String villageCode;
    public String villageName;
    public String townCode;
    public String townName;
    /** The village's Party organization; null when the registry has none (then no term, and the village is incomplete). */
    public Long organizationId;
    public LocalDate termStart;
    public LocalDate termEnd;
    public int secretaryReserves;
    public int committeeReserves;
    public int activists;
    public int missingSecretaryReserves;
    public int missingCommitteeReserves;
    public int missingActivists;
    public boolean complete;
    /** The day by which the 123 should stand: the configured months after the term started. */
    public LocalDate dueOn;
}
