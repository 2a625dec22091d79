package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** An application as REST and SOAP show it (the resident masked in lists). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "application")
public class ApplicationView {
    public Long id;
    public long sessionId;
    public String villageCode;
    public String townshipCode;
    public LocalDate receivedOn;
    public String residentName;
    public String residentContact;
    public MatterType matterType;
    public String matterTypeZh;
    public String matter;
    public int promisedDays;
    public LocalDate deadline;
    public Long agentMemberId;
    public String agentName;
    public DutyRole agentRole;
    public LocalDate assignedOn;
    /** When the agent took it to the township's 一站通 hall, and which hall. */
    public LocalDate hallForwardedOn;
    public String hallName;
    public Outcome outcome;
    public LocalDate decidedOn;
    /** The reason of a refusal, or where a forwarded matter went. */
    public String outcomeNote;
    public Satisfaction satisfaction;
    public LocalDate ratedOn;
    public Timeliness timeliness;
    public String receivedBy;
    /** The agent's notes, oldest first; only when one application is read. */
    public List<ProgressView> progress;
    public long version;
}
