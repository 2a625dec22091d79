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

import org.jiceng.problem.AccountabilityType;

/** An accountability action (问责) linked to a problem. */
@Entity
@Table(name = "problem_accountability")
public class AccountabilityEntity {
    @Id
    @SequenceGenerator(name = "problem_accountability_seq", sequenceName = "problem_accountability_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_accountability_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "problem_id")
    long problemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type")
    AccountabilityType type;

    @Column(name = "target_member_id")
    Long targetMemberId;

    @Column(name = "target_organization_id")
    Long targetOrganizationId;

    @Column(name = "action_date")
    LocalDate date;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "note")
    String note;
}
