package org.jiceng.core.problems.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.jiceng.problem.ProblemChange;
import org.jiceng.problem.ProblemStatus;

/** One step of a problem's rectification. */
@Entity
@Table(name = "problem_history")
public class ProblemHistoryEntity {
    @Id
    @SequenceGenerator(name = "problem_history_seq", sequenceName = "problem_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_history_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "problem_id")
    long problemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type")
    ProblemChange change;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    ProblemStatus status;

    @Column(name = "change_date")
    LocalDate date;

    @Column(name = "changed_by")
    String by;

    @Column(name = "change_text")
    String text;

    @Column(name = "recorded_at")
    LocalDateTime recordedAt;
}
