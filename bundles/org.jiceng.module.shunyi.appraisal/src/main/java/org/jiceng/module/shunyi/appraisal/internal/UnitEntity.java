package org.jiceng.module.shunyi.appraisal.internal;

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

/** A unit appraised in a year, and its principal leader. */
@Entity
@Table(name = "sap_unit")
public class UnitEntity {
    @Id
    @SequenceGenerator(name = "sap_unit_seq", sequenceName = "sap_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sap_unit_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "year_id", nullable = false)
    long yearId;

    @Column(name = "name", nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    UnitKind kind;

    /** The county for its organs, the township for a township's Party committee. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "principal_name", nullable = false)
    String principalName;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
