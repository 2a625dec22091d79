package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** An adoption as read. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "adoption")
public class AdoptionView {
    public Long id;
    public long caseId;
    public String jurisdictionCode;
    public String unit;
    public LocalDate adoptedOn;
    public String result;
    public String recordedBy;
    /**
     * Whether the module implementing the case's mechanism is enabled for the adopting unit's
     * jurisdiction now (null when the case names no module): where it is not, the mechanism runs
     * without its system until the regional IT enables it there.
     */
    public Boolean moduleEnabled;
}
