package org.jiceng.module.shunyi.accountability.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A behaviour of the catalogue with its class. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "behaviour")
public class BehaviourView {
    public Long id;
    public String code;
    public String description;
    public String classCode;
    public String className;
}
