package org.jiceng.module.xingning.leaderlinkage.internal;

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

/** A periodic check of a link: a visit or an inspection, on a day, with its findings. */
@Entity
@Table(name = "xll_check")
public class CheckEntity {
    @Id
    @SequenceGenerator(name = "xll_check_seq", sequenceName = "xll_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xll_check_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "link_id", nullable = false)
    long linkId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    CheckKind kind;

    @Column(name = "checked_on", nullable = false)
    LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false)
    String checkedBy;

    @Column(name = "findings", nullable = false)
    String findings;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
