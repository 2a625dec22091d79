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

/** A town cadre (a member of the core's registry) stationed in a village from a day until the stationing ends. */
@Entity
@Table(name = "xrc_station")
public class StationEntity {
    @Id
    @SequenceGenerator(name = "xrc_station_seq", sequenceName = "xrc_station_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrc_station_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "town_code", nullable = false)
    String townCode;

    @Column(name = "member_id", nullable = false)
    long memberId;

    /** The name when stationed: lists show it without asking the registry once per row. */
    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "started_on", nullable = false)
    LocalDate startedOn;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Whether the stationing covers the day. */
    boolean covers(LocalDate day) {
        return !day.isBefore(startedOn) && (endedOn == null || !day.isAfter(endedOn));
    }
}
