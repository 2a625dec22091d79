package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A service day as REST and SOAP show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "session")
public class SessionView {
    public Long id;
    public String villageCode;
    public String villageName;
    public String townshipCode;
    public LocalDate heldOn;
    public String venue;
    public String note;
    public String openedBy;
    public LocalDate closedOn;
    public String closedBy;
    public boolean closed;
    public List<DutyView> duty;
    public long applications;
    /** Applications of the day still without an agent (the day cannot close while there are any). */
    public long unassigned;
    public long version;
}
