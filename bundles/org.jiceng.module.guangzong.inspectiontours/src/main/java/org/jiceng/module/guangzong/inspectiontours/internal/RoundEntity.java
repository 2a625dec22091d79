package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A round (轮次) of the county's inspection. */
@Entity
@Table(name = "gzt_round")
public class RoundEntity {
    @Id
    @SequenceGenerator(name = "gzt_round_seq", sequenceName = "gzt_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gzt_round_seq")
    @Column(name = "id")
    Long id;

    /** The county whose round it is. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "round_number", nullable = false)
    int number;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;

    /** The inspectors the round sends, ids of the group in a comma-separated list. */
    @Column(name = "inspector_ids", nullable = false)
    String inspectorIds;

    /** Set once closed: every finding of the round verified. */
    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    java.util.List<Long> inspectors() {
        return java.util.Arrays.stream(inspectorIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }
}
