package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** A case as read; one by one with its adoptions, in lists with their count. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "case")
public class CaseView {
    public Long id;
    public String jurisdictionCode;
    public String unit;
    public String title;
    public CaseArea area;
    public String dissection;
    public String problem;
    public String mechanism;
    public String moduleId;
    /** Whether the module is installed in this Jiceng now (null when the case names none). */
    public Boolean moduleInstalled;
    public CaseState state;
    public LocalDate submittedOn;
    public String submittedBy;
    public String reviewOpinion;
    public LocalDate reviewedOn;
    public String reviewedBy;
    public LocalDate promotedOn;
    public String promotionNote;
    public long version;
    /** Units that took the case up. */
    public long adoptionCount;
    /** Read one by one. */
    @XmlElement(name = "adoption")
    public List<AdoptionView> adoptions;
}
