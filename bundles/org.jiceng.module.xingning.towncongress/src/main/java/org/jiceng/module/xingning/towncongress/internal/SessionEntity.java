package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;

import javax.persistence.*;

/** One annual session of a town's Party congress (one per town and year). */
@Entity
@Table(name = "xtc_session")
class SessionEntity {
    @Id
    @SequenceGenerator(name = "xtc_session_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_session_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "town_code", nullable = false)
    String townCode;
    @Column(name = "town_name", nullable = false)
    String townName;
    @Column(name = "session_year", nullable = false)
    int year;
    @Column(name = "title", nullable = false)
    String title;
    @Column(name = "convened_on", nullable = false)
    LocalDate convenedOn;
    @Column(name = "half_days", nullable = false)
    int halfDays;
    @Column(name = "venue")
    String venue;
    @Column(name = "people_congress_on")
    LocalDate peopleCongressOn;
    @Column(name = "notice_issued_on", nullable = false)
    LocalDate noticeIssuedOn;
    @Column(name = "notice_text")
    String noticeText;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    SessionStatus status = SessionStatus.CONVENED;
    @Column(name = "delegates_total", nullable = false)
    int delegatesTotal;
    @Column(name = "present_count")
    Integer presentCount;
    @Column(name = "closed_on")
    LocalDate closedOn;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
