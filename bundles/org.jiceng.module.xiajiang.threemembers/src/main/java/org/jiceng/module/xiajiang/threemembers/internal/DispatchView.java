package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A dispatch as REST (JSON) and SOAP (the county office's dispatch list) show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "dispatch")
public class DispatchView {
    public Long id;
    public int year;
    public long candidateId;
    public long targetId;
    public long memberId;
    public String name;
    public MemberRole role;
    public String roleZh;
    public SectorDomain domain;
    public String targetName;
    public String jurisdictionCode;
    /** A 改非 cadre. */
    public boolean nonLeading;
    public SelectionChannel channel;
    /** The core assignment ({@code /assignments/{id}}). */
    public Long assignmentId;
    public LocalDate startDate;
    public LocalDate endDate;
    public DispatchStatus status;
    /** Number of the appointment letter (聘书), null until issued after training. */
    public String appointmentNo;
    public LocalDate appointedOn;
    public Double assessmentTotal;
    public String assessmentGrade;
    public Outcome outcome;
    public String dispatchedBy;
    public Long version;
}
