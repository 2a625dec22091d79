package org.jiceng.module.guangzong.dailyevaluation.internal;

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

/** A dated score entry of a member: an item of a board, its points, why, and who recorded it. */
@Entity
@Table(name = "gde_entry")
public class EntryEntity {
    @Id
    @SequenceGenerator(name = "gde_entry_seq", sequenceName = "gde_entry_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gde_entry_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "evaluated_id", nullable = false)
    long evaluatedId;

    @Column(name = "township_id", nullable = false)
    long townshipId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "evaluation_year", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "board", nullable = false)
    Board board;

    @Column(name = "item_key", nullable = false)
    String itemKey;

    @Column(name = "recorded_on", nullable = false)
    LocalDate recordedOn;

    @Column(name = "points", nullable = false)
    double points;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
