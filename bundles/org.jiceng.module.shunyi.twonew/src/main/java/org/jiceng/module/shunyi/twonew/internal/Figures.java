package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** The district's two-new figures: coverage of enterprises and of social organizations, in all and per township, and the talent reserve. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "figures")
public class Figures {
    public String jurisdictionCode;
    public LocalDate asOf;
    /** Non-public enterprises (非公企业) in the whole scope. */
    public CoverageRow enterprises;
    /** Social organizations (社会组织) in the whole scope. */
    public CoverageRow socialOrganizations;
    /** Both kinds per township, township code order, enterprises first. */
    @XmlElement(name = "township")
    public List<CoverageRow> townships;
    public TalentFigures talents;
}
