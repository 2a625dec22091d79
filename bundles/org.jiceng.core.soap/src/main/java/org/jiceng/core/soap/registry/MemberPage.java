package org.jiceng.core.soap.registry;

import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** One page of members. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "memberPage")
public class MemberPage {
    public List<MemberInfo> items;
    public int page;
    public int size;
    public long total;
}
