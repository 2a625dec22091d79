package org.jiceng.module.wugang.serviceday.internal;

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

/** A resident's application (申办事项) received on a service day, with its agent, result and rating. */
@Entity
@Table(name = "wsv_application")
public class ApplicationEntity {
    @Id
    @SequenceGenerator(name = "wsv_application_seq", sequenceName = "wsv_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsv_application_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "session_id", nullable = false)
    long sessionId;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    /** Only what the agent needs to reach the resident: a name and a contact, masked wherever many are listed. */
    @Column(name = "resident_name", nullable = false)
    String residentName;

    @Column(name = "resident_contact")
    String residentContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type", nullable = false)
    MatterType matterType;

    @Column(name = "matter", nullable = false)
    String matter;

    @Column(name = "promised_days", nullable = false)
    int promisedDays;

    @Column(name = "deadline", nullable = false)
    LocalDate deadline;

    @Column(name = "agent_member_id")
    Long agentMemberId;

    @Column(name = "agent_name")
    String agentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_role")
    DutyRole agentRole;

    @Column(name = "assigned_on")
    LocalDate assignedOn;

    @Column(name = "hall_forwarded_on")
    LocalDate hallForwardedOn;

    @Column(name = "hall_name")
    String hallName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    Outcome outcome;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    /** The reason of a refusal, or where a forwarded matter went. */
    @Column(name = "outcome_note")
    String outcomeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction")
    Satisfaction satisfaction;

    @Column(name = "rated_on")
    LocalDate ratedOn;

    @Column(name = "received_by", nullable = false)
    String receivedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    Timeliness timeliness(LocalDate today) {
        return ServiceDayRules.timeliness(deadline, outcome, decidedOn, today);
    }

    /** The application as REST and SOAP show it; {@code masked} for lists, where the resident's name and contact are masked. */
    ApplicationView toView(LocalDate today, boolean masked) {
        ApplicationView v = new ApplicationView();
        v.id = id;
        v.sessionId = sessionId;
        v.villageCode = villageCode;
        v.townshipCode = townshipCode;
        v.receivedOn = receivedOn;
        v.residentName = masked ? ServiceDayRules.maskName(residentName) : residentName;
        v.residentContact = masked ? org.jiceng.registry.PersonalDataMask.phone(residentContact) : residentContact;
        v.matterType = matterType;
        v.matterTypeZh = matterType.nameZh();
        v.matter = matter;
        v.promisedDays = promisedDays;
        v.deadline = deadline;
        v.agentMemberId = agentMemberId;
        v.agentName = agentName;
        v.agentRole = agentRole;
        v.assignedOn = assignedOn;
        v.hallForwardedOn = hallForwardedOn;
        v.hallName = hallName;
        v.outcome = outcome;
        v.decidedOn = decidedOn;
        v.outcomeNote = outcomeNote;
        v.satisfaction = satisfaction;
        v.ratedOn = ratedOn;
        v.timeliness = timeliness(today);
        v.receivedBy = receivedBy;
        v.version = version;
        return v;
    }
}
