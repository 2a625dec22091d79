package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A reminder as REST (JSON) and SOAP show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reminder")
public class ReminderView {
    public Long id;
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public LocalDate termEnd;
    /** The organization that reminds (one level up); null when it is the organization department of the jurisdiction above. */
    public Long reminderOrganizationId;
    public String reminderName;
    public LocalDate sentOn;
    public String source;
    public String note;
    public Reply reply;
    public LocalDate repliedOn;
    public String replyNote;
    /** The term has ended and no election was held. */
    public boolean overdue;
    public long version;
}
