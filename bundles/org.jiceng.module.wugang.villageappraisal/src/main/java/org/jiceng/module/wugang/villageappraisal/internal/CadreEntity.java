package org.jiceng.module.wugang.villageappraisal.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A village cadre appraised in a year: who, which post, the township's hand scores and the year's result. */
@Entity
@Table(name = "wva_cadre")
public class CadreEntity {
    @Id
    @SequenceGenerator(name = "wva_cadre_seq", sequenceName = "wva_cadre_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wva_cadre_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "appraisal_year", nullable = false)
    int year;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "position_id", nullable = false)
    long positionId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "village_code", nullable = false)
    String villageCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    /** 发展集体经济与项目, 0–20, scored by the township. */
    @Column(name = "economy")
    Double economy;

    /** 群众测评满意度, 0–100 percent. */
    @Column(name = "masses")
    Double masses;

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

    @Column(name = "subsidy")
    BigDecimal subsidy;

    @Column(name = "award")
    BigDecimal award;

    @Column(name = "selection_candidate", nullable = false)
    boolean selectionCandidate;

    @Column(name = "enrolled_by", nullable = false)
    String enrolledBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean scored() {
        return economy != null && masses != null;
    }
}
