package org.jiceng.module.xingning.rotationtalent.internal;

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

/** One urgently needed post of the catalogue (急需紧缺人才目录岗位): what is needed where, and how many. */
@Entity
@Table(name = "xrt_post")
public class PostEntity {
    @Id
    @SequenceGenerator(name = "xrt_post_seq", sequenceName = "xrt_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xrt_post_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "catalogue_year", nullable = false)
    int year;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "unit", nullable = false)
    String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    TalentCategory category;

    @Column(name = "needed", nullable = false)
    int needed;

    @Column(name = "note")
    String note;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    PostView toView(int filled) {
        PostView v = new PostView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.year = year;
        v.title = title;
        v.unit = unit;
        v.category = category;
        v.needed = needed;
        v.filled = filled;
        v.missing = TalentRules.missing(filled, needed);
        v.note = note;
        v.version = version;
        return v;
    }
}
