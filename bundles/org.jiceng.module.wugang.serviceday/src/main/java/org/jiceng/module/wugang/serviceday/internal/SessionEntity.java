package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One service day held in one village. */
@Entity
@Table(name = "wsv_session")
public class SessionEntity {
    @Id
    @SequenceGenerator(name = "wsv_session_seq", sequenceName = "wsv_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsv_session_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(name = "venue", nullable = false)
    String venue;

    @Column(name = "note")
    String note;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_by")
    String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
