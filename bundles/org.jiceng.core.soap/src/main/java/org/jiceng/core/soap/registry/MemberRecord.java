package org.jiceng.core.soap.registry;

import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A member's full record (纪实档案). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "memberRecord")
public class MemberRecord {
    public MemberInfo member;
    public List<DevelopmentEventInfo> events;
}
