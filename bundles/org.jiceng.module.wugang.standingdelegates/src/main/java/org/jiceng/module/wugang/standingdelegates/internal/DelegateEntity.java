package org.jiceng.module.wugang.standingdelegates.internal;

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

/** A delegate of the city Party congress for the term, in one studio, linked to one village. */
@Entity
@Table(name = "wsd_delegate")
class DelegateEntity {
    @Id
    @SequenceGenerator(name = "wsd_delegate_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_delegate_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "studio_id", nullable = false)
    long studioId;
    /** The studio's jurisdiction: what the delegate's records are scoped by. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Column(name = "member_id")
    Long memberId;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "term_start", nullable = false)
    LocalDate termStart;
    @Column(name = "term_end", nullable = false)
    LocalDate termEnd;
    @Column(name = "village_code")
    String villageCode;
    @Column(name = "village_linked_on")
    LocalDate villageLinkedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    DelegateStatus status = DelegateStatus.SERVING;
    @Column(name = "ended_on")
    LocalDate endedOn;
    @Column(name = "end_reason")
    String endReason;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** The last day the delegate serves: the end of the term, or the day their service ended. */
    LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(termEnd) ? endedOn : termEnd;
    }
}
