package org.jiceng.module.xiajiang.threemembers.internal;

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

/** One month's supervision by a supervisor over the domain and the commissioners and instructors in it. */
@Entity
@Table(name = "x3m_supervision")
public class SupervisionEntity {
    @Id
    @SequenceGenerator(name = "x3m_seq", sequenceName = "x3m_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "x3m_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "dispatch_id", nullable = false)
    long dispatchId;

    @Column(name = "work_year", nullable = false)
    int workYear;

    /** yyyy-MM. */
    @Column(name = "month_key", nullable = false)
    String month;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector_domain", nullable = false)
    SectorDomain domain;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(name = "findings", nullable = false)
    String findings;

    /** Ids of the commissioners' and instructors' dispatches overseen, comma-separated. */
    @Column(name = "overseen")
    String overseen;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    SupervisionView toView() {
        return new SupervisionView(id, dispatchId, workYear, month, domain, jurisdictionCode, heldOn, findings, Ids.parse(overseen),
                recordedBy, version);
    }
}
