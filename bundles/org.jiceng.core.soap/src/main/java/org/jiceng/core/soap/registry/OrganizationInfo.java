package org.jiceng.core.soap.registry;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A Party organization as the SOAP contract shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "organizationInfo")
public class OrganizationInfo {
    public long id;
    public String name;
    public String type;
    public String field;
    public Long parentId;
    public String jurisdictionCode;
    public LocalDate termStart;
    public LocalDate termEnd;
    public String status;
    public Integer starRating;
}
