package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One written reminder for one term of one organization. */
@Entity
@Table(name = "xtr_reminder")
public class ReminderEntity {
    @Id
    @SequenceGenerator(name = "xtr_reminder_seq", sequenceName = "xtr_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtr_reminder_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "organization_id", nullable = false)
    long organizationId;

    @Column(name = "organization_name", nullable = false)
    String organizationName;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "term_end", nullable = false)
    LocalDate termEnd;

    @Column(name = "reminder_organization_id")
    Long reminderOrganizationId;

    @Column(name = "reminder_name", nullable = false)
    String reminderName;

    @Column(name = "sent_on", nullable = false)
    LocalDate sentOn;

    /** "job" for the daily run, "manual" when recorded through the API. */
    @Column(name = "source", nullable = false)
    String source;

    @Column(name = "note")
    String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply", nullable = false)
    Reply reply = Reply.PENDING;

    @Column(name = "replied_on")
    LocalDate repliedOn;

    @Column(name = "reply_note")
    String replyNote;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ReminderView toView(LocalDate today) {
        ReminderView v = new ReminderView();
        v.id = id;
        v.organizationId = organizationId;
        v.organizationName = organizationName;
        v.jurisdictionCode = jurisdictionCode;
        v.termEnd = termEnd;
        v.reminderOrganizationId = reminderOrganizationId;
        v.reminderName = reminderName;
        v.sentOn = sentOn;
        v.source = source;
        v.note = note;
        v.reply = reply;
        v.repliedOn = repliedOn;
        v.replyNote = replyNote;
        v.overdue = ReminderRules.isOverdue(termEnd, reply, today);
        v.version = version;
        return v;
    }
}
