package org.jiceng.core.registry.internal.cadre;

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

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.PostLevel;

/** A post held by a member. */
@Entity
@Table(name = "cadre_position")
public class PositionEntity {
    @Id
    @SequenceGenerator(name = "cadre_position_seq", sequenceName = "cadre_position_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_position_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id")
    long memberId;

    @Column(name = "unit")
    String unit;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "organization_id")
    Long organizationId;

    @Column(name = "title")
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_rank")
    CadreRank rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_level")
    PostLevel level;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
