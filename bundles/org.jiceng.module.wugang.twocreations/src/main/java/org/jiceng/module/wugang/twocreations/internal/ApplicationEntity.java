package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
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

/** One branch's application for one level in one year, with the results of its evaluations copied from the checklist engine. */
@Entity
@Table(name = "wtc_application")
public class ApplicationEntity {
    @Id
    @SequenceGenerator(name = "wtc_application_seq", sequenceName = "wtc_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wtc_application_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "organization_id", nullable = false)
    long organizationId;

    @Column(name = "organization_name", nullable = false)
    String organizationName;

    /** The branch's village, community or (for a county organ) county: what scopes the record. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    /** Null for a branch above the townships (a county organ's). */
    @Column(name = "township_code")
    String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "creation_level", nullable = false)
    CreationLevel level;

    @Column(name = "creation_year", nullable = false)
    int year;

    @Column(name = "criteria_key", nullable = false)
    String criteriaKey;

    @Column(name = "criteria_version", nullable = false)
    int criteriaVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    Stage stage = Stage.APPLIED;

    @Column(name = "applied_on", nullable = false)
    LocalDate appliedOn;

    @Column(name = "applied_by", nullable = false)
    String appliedBy;

    @Column(name = "self_check_evaluation_id")
    Long selfCheckEvaluationId;

    @Column(name = "self_check_score")
    BigDecimal selfCheckScore;

    @Column(name = "self_check_passed")
    Boolean selfCheckPassed;

    @Column(name = "self_checked_on")
    LocalDate selfCheckedOn;

    @Column(name = "cross_evaluation_id")
    Long crossEvaluationId;

    @Column(name = "cross_score")
    BigDecimal crossScore;

    @Column(name = "cross_met_count")
    Integer crossMetCount;

    @Column(name = "cross_passed")
    Boolean crossPassed;

    @Column(name = "inspector")
    String inspector;

    @Column(name = "inspector_township")
    String inspectorTownship;

    @Column(name = "cross_inspected_on")
    LocalDate crossInspectedOn;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "decision_note")
    String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    ApplicationView toView() {
        ApplicationView v = new ApplicationView();
        v.id = id;
        v.organizationId = organizationId;
        v.organizationName = organizationName;
        v.jurisdictionCode = jurisdictionCode;
        v.townshipCode = townshipCode;
        v.level = level;
        v.year = year;
        v.criteriaKey = criteriaKey;
        v.criteriaVersion = criteriaVersion;
        v.stage = stage;
        v.appliedOn = appliedOn;
        v.appliedBy = appliedBy;
        v.selfCheckEvaluationId = selfCheckEvaluationId;
        v.selfCheckScore = selfCheckScore;
        v.selfCheckPassed = selfCheckPassed;
        v.selfCheckedOn = selfCheckedOn;
        v.crossEvaluationId = crossEvaluationId;
        v.crossScore = crossScore;
        v.crossMetCount = crossMetCount;
        v.crossPassed = crossPassed;
        v.inspector = inspector;
        v.inspectorTownship = inspectorTownship;
        v.crossInspectedOn = crossInspectedOn;
        v.decidedBy = decidedBy;
        v.decidedOn = decidedOn;
        v.decisionNote = decisionNote;
        v.version = version;
        return v;
    }
}
