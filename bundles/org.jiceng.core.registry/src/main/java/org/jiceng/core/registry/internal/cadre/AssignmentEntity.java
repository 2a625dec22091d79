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

import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.TargetType;

/** A person assigned to a target in a role. */
@Entity
@Table(name = "assignment")
public class AssignmentEntity {
    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "member_id")
    long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    TargetType targetType;

    @Column(name = "target")
    String target;

    @Column(name = "role")
    String role;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "dispatching_body")
    String dispatchingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    AssignmentStatus status;

    @Column(name = "module_id")
    String module;

    @Column(name = "note")
    String note;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
