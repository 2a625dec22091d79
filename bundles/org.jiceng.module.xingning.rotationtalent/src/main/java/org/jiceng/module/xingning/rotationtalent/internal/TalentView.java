package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A talent as REST (JSON) and SOAP show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "talent")
public class TalentView {
    public Long id;
    public String jurisdictionCode;
    public String name;
    /** The core member, where the talent is one. */
    public Long memberId;
    public TalentCategory category;
    public String specialty;
    public String workplace;
    /** The needed post the talent fills, if matched. */
    public Long postId;
    public LocalDate matchedOn;
    public long version;
}
