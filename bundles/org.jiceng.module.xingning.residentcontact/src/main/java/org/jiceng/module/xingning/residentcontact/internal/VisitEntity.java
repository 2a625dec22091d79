package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One household visited by a stationed cadre on a day (走访入户). */
@Entity
@Table(name = "xrc_visit")
public class VisitEntity {
    @Id
    @SequenceGenerator(name = "xrc_visit_seq", sequenceName = "xrc_visit_seq", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrc_visit_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "town_code", nullable = false)
    String townCode;

    /** The household as the village numbers it (户号), never a resident's name. */
    @Column(name = "household", nullable = false)
    String household;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "visited_on", nullable = false)
    LocalDate visitedOn;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
