package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

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

/** One person on a talent list (人才库), a core member where they are one, matched to a needed post where they fill one. */
@Entity
@Table(name = "xrt_talent")
public class TalentEntity {
    @Id
    @SequenceGenerator(name = "xrt_talent_seq", sequenceName = "xrt_talent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrt_talent_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "member_id")
    Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    TalentCategory category;

    @Column(name = "specialty", nullable = false)
    String specialty;

    @Column(name = "workplace")
    String workplace;

    @Column(name = "post_id")
    Long postId;

    @Column(name = "matched_on")
    LocalDate matchedOn;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    TalentView toView() {
        TalentView v = new TalentView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.name = name;
        v.memberId = memberId;
        v.category = category;
        v.specialty = specialty;
        v.workplace = workplace;
        v.postId = postId;
        v.matchedOn = matchedOn;
        v.version = version;
        return v;
    }
}
