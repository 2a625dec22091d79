package org.jiceng.module.xingning.leaderlinkage.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A village on the city's list of province-designated poor villages (省定贫困村) for a year. */
@Entity
@Table(name = "xll_poor_village")
public class PoorVillageEntity {
    @Id
    @SequenceGenerator(name = "xll_poor_village_seq", sequenceName = "xll_poor_village_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xll_poor_village_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "list_year", nullable = false)
    int year;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "village_name", nullable = false)
    String villageName;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "note")
    String note;

    @Column(name = "listed_by", nullable = false)
    String listedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    PoorVillageView toView() {
        PoorVillageView v = new PoorVillageView();
        v.id = id;
        v.year = year;
        v.jurisdictionCode = villageCode;
        v.name = villageName;
        v.townshipCode = townshipCode;
        v.note = note;
        v.listedBy = listedBy;
        v.version = version;
        return v;
    }
}
