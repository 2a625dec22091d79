package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A reserve as REST (JSON) and SOAP show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reserve")
public class ReserveView {
    public Long id;
    public long memberId;
    public String memberName;
    /** The core's RESERVE designation of the member; null for activists. */
    public Long designationId;
    public String villageCode;
    public String villageName;
    public String townCode;
    public long organizationId;
    public LocalDate termStart;
    public LocalDate termEnd;
    public ReserveRole role;
    public ReserveStatus status;
    public LocalDate since;
    public String note;
    /** Under focused training (重点培养). */
    public boolean focused;
    public FocusReason focusReason;
    public LocalDate focusedSince;
    public Outcome outcome;
    public LocalDate outcomeOn;
    public String outcomeReason;
    /** Hours of training recorded. */
    public int trainingHours;
    public long version;
}
