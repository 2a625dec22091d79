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

/** A village's households as the county registers them: what its visit rate (进户率) is measured against. */
@Entity
@Table(name = "xrc_village")
public class VillageEntity {
    @Id
    @SequenceGenerator(name = "xrc_village_seq", sequenceName = "xrc_village_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrc_village_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "town_code", nullable = false)
    String townCode;

    @Column(name = "households", nullable = false)
    int households;

    @Column(name = "updated_on", nullable = false)
    LocalDate updatedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
