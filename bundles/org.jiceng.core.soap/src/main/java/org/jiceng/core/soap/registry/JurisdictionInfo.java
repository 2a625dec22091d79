package org.jiceng.core.soap.registry;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A jurisdiction as the SOAP contract shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "jurisdictionInfo")
public class JurisdictionInfo {
    public String code;
    public String name;
    public String level;
    public String parentCode;
    public int depth;
}
