package org.jiceng.module.guangzong.dailyevaluation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A member or cadre on a township's evaluation of a year, with the result the engine last computed. */
@Entity
@Table(name = "gde_member")
public class EvaluatedEntity {
    @Id
    @SequenceGenerator(name = "gde_member_seq", sequenceName = "gde_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gde_member_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "township_id", nullable = false)
    long townshipId;

    @Column(name = "evaluation_year", nullable = false)
    int year;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "post")
    String post;

    /** The member's place in the registry (a village or the township itself): what the record is scoped by. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "work_points")
    Double work;

    @Column(name = "virtue_points")
    Double virtue;

    @Column(name = "study_points")
    Double study;

    @Column(name = "total")
    Double total;

    @Column(name = "rank_in_township")
    Integer rank;

    @Column(name = "township_size")
    Integer townshipSize;

    @Column(name = "county_rank")
    Integer countyRank;

    @Column(name = "county_size")
    Integer countySize;

    @Column(name = "grade")
    String grade;

    @Column(name = "consequence")
    String consequence;

    @Column(name = "enrolled_by", nullable = false)
    String enrolledBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    Double points(Board board) {
        switch (board) {
            case WORK :
                return work;
            case VIRTUE :
                return virtue;
            default :
                return study;
        }
    }
}
