package org.jiceng.core.problems.internal;

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

import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatus;

/** A problem found and its rectification as it stands. */
@Entity
@Table(name = "problem")
public class ProblemEntity {
    @Id
    @SequenceGenerator(name = "problem_seq", sequenceName = "problem_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_seq")
    @Column(name = "id")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    ProblemSource source;

    @Column(name = "subject_type")
    String subjectType;

    @Column(name = "subject_id")
    String subjectId;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "category")
    String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity")
    ProblemSeverity severity;

    @Column(name = "description")
    String description;

    @Column(name = "found_by")
    String foundBy;

    @Column(name = "found_on")
    LocalDate foundOn;

    @Column(name = "deadline")
    LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    ProblemStatus status;

    @Column(name = "plan_text")
    String plan;

    @Column(name = "responsible")
    String responsible;

    @Column(name = "completion")
    String completion;

    @Column(name = "rectified_on")
    LocalDate rectifiedOn;

    @Column(name = "verified_by")
    String verifiedBy;

    @Column(name = "verified_by_finder")
    Boolean verifiedByFinder;

    @Column(name = "verified_on")
    LocalDate verifiedOn;

    @Column(name = "reopen_count")
    int reopenCount;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
