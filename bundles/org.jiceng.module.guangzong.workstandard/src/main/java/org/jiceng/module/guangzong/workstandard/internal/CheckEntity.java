package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One unit's check of one year: its self-check and its township's check, with their results copied from the checklist engine. */
@Entity
@Table(name = "gws_check")
public class CheckEntity {
    @Id
    @SequenceGenerator(name = "gws_check_seq", sequenceName = "gws_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gws_check_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "organization_id", nullable = false)
    long organizationId;

    @Column(name = "organization_name", nullable = false)
    String organizationName;

    /** The unit's village or community: what scopes the record. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    @Column(name = "check_year", nullable = false)
    int year;

    @Column(name = "criteria_key", nullable = false)
    String criteriaKey;

    @Column(name = "criteria_version", nullable = false)
    int criteriaVersion;

    @Column(name = "self_evaluation_id", nullable = false)
    long selfEvaluationId;

    @Column(name = "self_met", nullable = false)
    int selfMet;

    @Column(name = "self_passed", nullable = false)
    boolean selfPassed;

    @Column(name = "self_checked_on", nullable = false)
    LocalDate selfCheckedOn;

    @Column(name = "self_checker", nullable = false)
    String selfChecker;

    @Column(name = "township_evaluation_id")
    Long townshipEvaluationId;

    @Column(name = "township_met")
    Integer townshipMet;

    @Column(name = "township_passed")
    Boolean townshipPassed;

    @Column(name = "township_checked_on")
    LocalDate townshipCheckedOn;

    @Column(name = "township_checker")
    String townshipChecker;

    /** Keys of the categories not wholly met in the township's check, comma-separated. */
    @Column(name = "unmet_categories")
    String unmetCategories;

    /** Keys of the tasks not met in the township's check, comma-separated. */
    @Column(name = "unmet_tasks")
    String unmetTasks;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
