package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

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

/** A village on the county's clearing list. */
@Entity
@Table(name = "gda_village")
public class VillageEntity {
    @Id
    @SequenceGenerator(name = "gda_village_seq", sequenceName = "gda_village_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gda_village_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    /** The village: what scopes the record. */
    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "village_name", nullable = false)
    String villageName;

    @Column(name = "township_code")
    String townshipCode;

    @Column(name = "threshold_years", nullable = false)
    int thresholdYears;

    /** The last admission the core held when the village was listed; null when it held none. */
    @Column(name = "last_admission")
    LocalDate lastAdmission;

    @Column(name = "members_at_listing", nullable = false)
    long membersAtListing;

    @Column(name = "listed_on", nullable = false)
    LocalDate listedOn;

    @Column(name = "listed_by", nullable = false)
    String listedBy;

    @Column(name = "responsible_cadre", nullable = false)
    String responsibleCadre;

    @Column(name = "measures", nullable = false)
    String measures;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ClearingStatus status = ClearingStatus.LISTED;

    /** The first admission on or after the listing, as the core recorded it. */
    @Column(name = "cleared_on")
    LocalDate clearedOn;

    /** Members admitted as probationary in the village on or after the listing, as last read from the core. */
    @Column(name = "developed", nullable = false)
    int developed;

    @Column(name = "checked_at")
    LocalDateTime checkedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    VillageView toView() {
        VillageView v = new VillageView();
        v.id = id;
        v.countyCode = countyCode;
        v.villageCode = villageCode;
        v.villageName = villageName;
        v.townshipCode = townshipCode;
        v.thresholdYears = thresholdYears;
        v.lastAdmission = lastAdmission;
        v.membersAtListing = membersAtListing;
        v.listedOn = listedOn;
        v.listedBy = listedBy;
        v.responsibleCadre = responsibleCadre;
        v.measures = measures;
        v.status = status;
        v.clearedOn = clearedOn;
        v.developed = developed;
        v.checkedAt = checkedAt == null ? null : checkedAt.toString();
        v.version = version;
        return v;
    }
}
