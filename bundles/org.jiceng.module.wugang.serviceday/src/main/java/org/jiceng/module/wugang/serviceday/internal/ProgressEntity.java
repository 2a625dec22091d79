package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A note the agent leaves on an application while handling it. */
@Entity
@Table(name = "wsv_progress")
public class ProgressEntity {
    @Id
    @SequenceGenerator(name = "wsv_progress_seq", sequenceName = "wsv_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsv_progress_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "application_id", nullable = false)
    long applicationId;

    @Column(name = "noted_on", nullable = false)
    LocalDate notedOn;

    @Column(name = "note", nullable = false)
    String note;

    @Column(name = "noted_by", nullable = false)
    String notedBy;

    ProgressView toView() {
        ProgressView v = new ProgressView();
        v.id = id;
        v.notedOn = notedOn;
        v.note = note;
        v.notedBy = notedBy;
        return v;
    }
}
