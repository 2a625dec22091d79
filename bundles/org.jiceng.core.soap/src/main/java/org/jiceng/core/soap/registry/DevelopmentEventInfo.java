package org.jiceng.core.soap.registry;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** One development step as the SOAP contract shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "developmentEventInfo")
public class DevelopmentEventInfo {
    public long id;
    public String type;
    public LocalDate date;
    public String decidingBody;
    public List<String> evidence;
    public String recordedBy;
    public Integer extensionMonths;
    public String note;
}
