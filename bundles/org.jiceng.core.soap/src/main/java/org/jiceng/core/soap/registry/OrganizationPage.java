package org.jiceng.core.soap.registry;

import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** One page of organizations. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "organizationPage")
public class OrganizationPage {
    public List<OrganizationInfo> items;
    public int page;
    public int size;
    public long total;
}
