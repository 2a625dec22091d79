package org.jiceng.module.shunyi.innovationcases.internal;

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

/** A case of Party-building innovation and its way through the library. */
@Entity
@Table(name = "sic_case")
public class CaseEntity {
    @Id
    @SequenceGenerator(name = "sic_case_seq", sequenceName = "sic_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sic_case_seq")
    @Column(name = "id")
    Long id;

    /** Where the submitting unit is. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "unit", nullable = false)
    String unit;

    @Column(name = "title", nullable = false)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    CaseArea area;

    /** The case dissected (解剖一个案例): what happened and what was done. */
    @Column(name = "dissection", nullable = false)
    String dissection;

    /** The class of problems it solves (解决一类问题). */
    @Column(name = "problem")
    String problem;

    /** The mechanism it formed (形成一套机制). */
    @Column(name = "mechanism")
    String mechanism;

    /** The Jiceng module that implements the mechanism, if any. */
    @Column(name = "module_id")
    String moduleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    CaseState state;

    @Column(name = "submitted_on", nullable = false)
    LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false)
    String submittedBy;

    @Column(name = "review_opinion")
    String reviewOpinion;

    @Column(name = "reviewed_on")
    LocalDate reviewedOn;

    @Column(name = "reviewed_by")
    String reviewedBy;

    @Column(name = "promoted_on")
    LocalDate promotedOn;

    @Column(name = "promotion_note")
    String promotionNote;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    CaseView toView() {
        CaseView v = new CaseView();
        v.id = id;
        v.jurisdictionCode = jurisdictionCode;
        v.unit = unit;
        v.title = title;
        v.area = area;
        v.dissection = dissection;
        v.problem = problem;
        v.mechanism = mechanism;
        v.moduleId = moduleId;
        v.state = state;
        v.submittedOn = submittedOn;
        v.submittedBy = submittedBy;
        v.reviewOpinion = reviewOpinion;
        v.reviewedOn = reviewedOn;
        v.reviewedBy = reviewedBy;
        v.promotedOn = promotedOn;
        v.promotionNote = promotionNote;
        v.version = version;
        return v;
    }
}
