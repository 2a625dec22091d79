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

import org.jiceng.cadre.DesignationType;

/** A member on a cadre list. */
@Entity
@Table(name = "cadre_designation")
public class DesignationEntity {
    @Id
    @SequenceGenerator(name = "cadre_designation_seq", sequenceName = "cadre_designation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_designation_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id")
    long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "designation_type")
    DesignationType type;

    @Column(name = "since_date")
    LocalDate since;

    @Column(name = "until_date")
    LocalDate until;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
