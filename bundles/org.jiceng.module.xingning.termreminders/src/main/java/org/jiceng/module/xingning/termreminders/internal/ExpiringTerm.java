package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** An organization whose term ends inside the reminder window (or has ended), and who must remind it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "expiringTerm")
public class ExpiringTerm {
    public long organizationId;
    public String organizationName;
    public String jurisdictionCode;
    public LocalDate termEnd;
    /** Negative when the term has already ended. */
    public long daysLeft;
    public boolean overdue;
    public Long reminderOrganizationId;
    public String reminderName;
    /** The reminder for this term, when one was sent. */
    public Long reminderId;
    public Reply reply;
}
