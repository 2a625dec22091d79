package org.jiceng.core.scoring.internal;

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

import org.jiceng.scoring.PeriodKind;
import org.jiceng.scoring.SubjectKind;

/** A scoring scheme. */
@Entity
@Table(name = "scoring_scheme")
public class SchemeEntity {
    @Id
    @SequenceGenerator(name = "scoring_seq", sequenceName = "scoring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "scheme_key")
    String key;

    @Column(name = "name")
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    SubjectKind subjectKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    PeriodKind periodKind;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "last_place_periods")
    Integer lastPlacePeriods;

    @Column(name = "module_id")
    String module;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
