package org.jiceng.core.checklists.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.jiceng.checklist.CriterionKind;

/** One criterion of a criteria set version, with its aspect. */
@Entity
@Table(name = "checklist_criterion")
public class CriterionEntity {
    @Id
    @SequenceGenerator(name = "checklist_criterion_seq", sequenceName = "checklist_criterion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_criterion_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "set_id")
    long setId;

    @Column(name = "aspect_index")
    int aspectIndex;

    @Column(name = "aspect_key")
    String aspectKey;

    @Column(name = "aspect_name")
    String aspectName;

    @Column(name = "criterion_index")
    int criterionIndex;

    @Column(name = "criterion_key")
    String key;

    @Column(name = "criterion_text")
    String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    CriterionKind kind;

    @Column(name = "maximum")
    BigDecimal maximum;

    @Column(name = "pass_score")
    BigDecimal passScore;

    @Column(name = "required")
    boolean required;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "module_owner")
    String moduleOwner;
}
