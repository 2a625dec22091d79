package org.jiceng.module.wugang.villageappraisal.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A village's leadership team (村级班子) in a year: the township's hand scores and the year's result. */
@Entity
@Table(name = "wva_team")
public class TeamEntity {
    @Id
    @SequenceGenerator(name = "wva_team_seq", sequenceName = "wva_team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wva_team_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "appraisal_year", nullable = false)
    int year;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "village_name", nullable = false)
    String villageName;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    /** 村集体经济发展, 0–20, scored by the township. */
    @Column(name = "collective")
    Double collective;

    /** 基层党建(阵地建设、三会一课), 0–20, scored by the township. */
    @Column(name = "building")
    Double building;

    @Column(name = "cadres_average")
    Double cadresAverage;

    @Column(name = "total")
    Double total;

    @Column(name = "rank_in_township")
    Integer rank;

    @Column(name = "township_size")
    Integer townshipSize;

    @Column(name = "grade")
    String grade;

    @Column(name = "consequence")
    String consequence;

    @Column(name = "awarded", nullable = false)
    boolean awarded;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean scored() {
        return collective != null && building != null;
    }
}
