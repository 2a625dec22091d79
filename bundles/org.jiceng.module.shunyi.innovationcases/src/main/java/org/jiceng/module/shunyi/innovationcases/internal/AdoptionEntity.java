package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A unit that took up a promoted case (推广), with what came of it. */
@Entity
@Table(name = "sic_adoption")
public class AdoptionEntity {
    @Id
    @SequenceGenerator(name = "sic_adoption_seq", sequenceName = "sic_adoption_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sic_adoption_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "unit", nullable = false)
    String unit;

    @Column(name = "adopted_on", nullable = false)
    LocalDate adoptedOn;

    @Column(name = "result")
    String result;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    AdoptionView toView(Boolean moduleEnabled) {
        AdoptionView v = new AdoptionView();
        v.id = id;
        v.caseId = caseId;
        v.jurisdictionCode = jurisdictionCode;
        v.unit = unit;
        v.adoptedOn = adoptedOn;
        v.result = result;
        v.recordedBy = recordedBy;
        v.moduleEnabled = moduleEnabled;
        return v;
    }
}
