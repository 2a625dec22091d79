package org.jiceng.module.shunyi.appraisal.internal;

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

/** A use of a unit's result: a measure of its grade, against the unit or a person of it. */
@Entity
@Table(name = "sap_decision")
public class DecisionEntity {
    @Id
    @SequenceGenerator(name = "sap_decision_seq", sequenceName = "sap_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sap_decision_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    /** The unit's grade the measure follows, as computed. */
    @Column(name = "grade", nullable = false)
    String grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false)
    Measure measure;

    @Column(name = "person_name")
    String personName;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    DecisionView toView(UnitEntity unit, int year) {
        DecisionView v = new DecisionView();
        v.id = id;
        v.year = year;
        v.unitId = unitId;
        v.unitName = unit.name;
        v.jurisdictionCode = jurisdictionCode;
        v.grade = grade;
        v.measure = measure;
        v.measureZh = measure.zh();
        v.personName = personName;
        v.decidedOn = decidedOn;
        v.decidedBy = decidedBy;
        v.note = note;
        v.version = version;
        return v;
    }
}
