package org.jiceng.core.duties.internal;

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

import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.RoundStatus;

/** A reporting round. */
@Entity
@Table(name = "duty_round")
public class RoundEntity {
    @Id
    @SequenceGenerator(name = "duty_round_seq", sequenceName = "duty_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_round_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code")
    String jurisdictionCode;

    @Column(name = "round_year")
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "period")
    ReportPeriod period;

    @Column(name = "title")
    String title;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Column(name = "upper_committee")
    String upperCommittee;

    @Column(name = "two_way")
    boolean twoWay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    RoundStatus status;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
