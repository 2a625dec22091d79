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

/** A unit inspected in a round, in one mode, by one of the round's inspectors. */
@Entity
@Table(name = "gzt_visit")
public class VisitEntity {
    @Id
    @SequenceGenerator(name = "gzt_visit_seq", sequenceName = "gzt_visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gzt_visit_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "round_id", nullable = false)
    long roundId;

    /** Where the unit is: the village, the township, the county for its organs. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false)
    UnitKind unitKind;

    /** Who the unit is across rounds: its registry organization, else its jurisdiction ({@link Units#key}). */
    @Column(name = "unit_key", nullable = false)
    String unitKey;

    @Column(name = "unit_name", nullable = false)
    String unitName;

    @Column(name = "organization_id")
    Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    Mode mode;

    @Column(name = "visited_on", nullable = false)
    LocalDate visitedOn;

    @Column(name = "inspector_id", nullable = false)
    long inspectorId;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
