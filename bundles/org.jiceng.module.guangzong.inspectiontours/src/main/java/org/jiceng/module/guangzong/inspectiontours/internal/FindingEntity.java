package org.jiceng.module.guangzong.inspectiontours.internal;

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

/** A finding of a visit: the problem reported for it to the problems engine. */
@Entity
@Table(name = "gzt_finding")
public class FindingEntity {
    @Id
    @SequenceGenerator(name = "gzt_finding_seq", sequenceName = "gzt_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gzt_finding_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "visit_id", nullable = false)
    long visitId;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "unit_key", nullable = false)
    String unitKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    Area area;

    @Column(name = "problem_id", nullable = false)
    long problemId;

    @Column(name = "found_on", nullable = false)
    LocalDate foundOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
