package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Service-day figures of a scope for a period: the whole, each township and each village that held a service day. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public LocalDate from;
    public LocalDate to;
    /** The day overdue is counted on. */
    public LocalDate asOf;
    public FigureRow total;
    @XmlElement(name = "township")
    public List<FigureRow> townships;
    @XmlElement(name = "village")
    public List<FigureRow> villages;
}
