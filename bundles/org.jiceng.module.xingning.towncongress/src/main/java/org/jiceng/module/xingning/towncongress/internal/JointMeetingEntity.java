package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;

import javax.persistence.*;

/** A leadership or Party–masses joint meeting of a village or community. */
@Entity
@Table(name = "xtc_joint_meeting")
class JointMeetingEntity {
    @Id
    @SequenceGenerator(name = "xtc_meeting_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_meeting_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    MeetingKind kind;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    @Column(name = "topic", nullable = false)
    String topic;
    @Column(name = "convener", nullable = false)
    String convener;
    @Column(name = "decisions")
    String decisions;
    @Column(name = "procedure_instance_id")
    Long procedureInstanceId;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @ElementCollection
    @CollectionTable(name = "xtc_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "headcount")
    java.util.Map<AttendeeCategory, Integer> attendees = new java.util.EnumMap<>(AttendeeCategory.class);
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
