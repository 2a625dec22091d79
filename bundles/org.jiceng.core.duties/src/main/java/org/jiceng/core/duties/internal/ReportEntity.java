package org.jiceng.core.duties.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A secretary's report in a round: expected until submitted. */
@Entity
@Table(name = "duty_report")
public class ReportEntity {
    @Id
    @SequenceGenerator(name = "duty_report_seq", sequenceName = "duty_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_report_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "round_id")
    long roundId;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "organization_id")
    Long organizationId;

    @Column(name = "reporter_member_id")
    Long reporterMemberId;

    @Column(name = "reporter_name")
    String reporterName;

    @Column(name = "summary")
    String summary;

    @Column(name = "submitted_on")
    LocalDate submittedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
