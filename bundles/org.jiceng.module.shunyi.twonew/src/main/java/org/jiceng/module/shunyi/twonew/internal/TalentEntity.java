package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;
import java.time.Period;

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

import org.jiceng.registry.Education;

/** A person in the reserve talent database for village and community cadres. */
@Entity
@Table(name = "stn_talent")
public class TalentEntity {
    @Id
    @SequenceGenerator(name = "stn_talent_seq", sequenceName = "stn_talent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stn_talent_seq")
    @Column(name = "id")
    Long id;

    /** The district or township that keeps the record. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    /** The core's member, when the talent is a Party member there. */
    @Column(name = "member_id")
    Long memberId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "education", nullable = false)
    Education education;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    TalentSource source;

    @Column(name = "unit", nullable = false)
    String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "intended_post", nullable = false)
    IntendedPost intendedPost;

    @Column(name = "entered_on", nullable = false)
    LocalDate enteredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    TalentState state;

    /** The village or community posted to. */
    @Column(name = "posted_to")
    String postedTo;

    @Column(name = "posted_on")
    LocalDate postedOn;

    @Column(name = "withdrawn_reason")
    String withdrawnReason;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    TalentView toView(LocalDate today) {
        TalentView v = new TalentView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.memberId = memberId;
        v.name = name;
        v.birthDate = birthDate;
        v.age = Period.between(birthDate, today).getYears();
        v.education = education;
        v.source = source;
        v.unit = unit;
        v.intendedPost = intendedPost;
        v.enteredOn = enteredOn;
        v.state = state;
        v.postedTo = postedTo;
        v.postedOn = postedOn;
        v.withdrawnReason = withdrawnReason;
        v.enteredBy = enteredBy;
        v.version = version;
        return v;
    }
}
