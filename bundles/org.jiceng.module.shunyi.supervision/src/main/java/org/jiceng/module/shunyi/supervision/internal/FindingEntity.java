package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A finding of an item's team: the problem reported for it to the problems engine. */
@Entity
@Table(name = "ssv_finding")
public class FindingEntity {
    @Id
    @SequenceGenerator(name = "ssv_finding_seq", sequenceName = "ssv_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ssv_finding_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "item_id", nullable = false)
    long itemId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "problem_id", nullable = false)
    long problemId;

    @Column(name = "found_on", nullable = false)
    LocalDate foundOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
