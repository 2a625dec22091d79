package org.jiceng.module.wugang.serviceday.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A cadre on duty as REST and SOAP show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "duty")
public class DutyView {
    public long memberId;
    public String memberName;
    public DutyRole role;
}
