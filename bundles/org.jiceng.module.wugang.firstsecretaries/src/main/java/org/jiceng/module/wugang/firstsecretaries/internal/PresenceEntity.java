package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One day of one secretary: worked in the village by day, stayed there at night. */
@Entity
@Table(name = "wfs_presence")
public class PresenceEntity {
    @Id
    @SequenceGenerator(name = "wfs_presence_seq", sequenceName = "wfs_presence_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wfs_presence_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "assignment_id", nullable = false)
    long assignmentId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "logged_on", nullable = false)
    LocalDate loggedOn;

    @Column(name = "day_in_village", nullable = false)
    boolean dayInVillage;

    @Column(name = "night_in_village", nullable = false)
    boolean nightInVillage;

    @Column(name = "note")
    String note;

    @Column(name = "logged_by", nullable = false)
    String loggedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    PresenceView toView() {
        PresenceView v = new PresenceView();
        v.id = id;
        v.assignmentId = assignmentId;
        v.jurisdictionCode = jurisdictionCode;
        v.date = loggedOn;
        v.dayInVillage = dayInVillage;
        v.nightInVillage = nightInVillage;
        v.note = note;
        v.loggedBy = loggedBy;
        v.version = version;
        return v;
    }
}
