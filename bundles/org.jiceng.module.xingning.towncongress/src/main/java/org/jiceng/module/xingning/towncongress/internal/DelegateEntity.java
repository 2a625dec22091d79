package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;

import javax.persistence.*;

/** A delegate of a town's Party congress for one term; a replacement points to the delegate it replaces. */
@Entity
@Table(name = "xtc_delegate")
class DelegateEntity {
    @Id
    @SequenceGenerator(name = "xtc_delegate_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_delegate_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "town_code", nullable = false)
    String townCode;
    @Column(name = "member_id")
    Long memberId;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "constituency", nullable = false)
    String constituency;
    @Column(name = "term_start", nullable = false)
    int termStart;
    @Column(name = "term_end", nullable = false)
    int termEnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    DelegateStatus status = DelegateStatus.ACTIVE;
    @Column(name = "status_changed_on")
    LocalDate statusChangedOn;
    @Column(name = "status_reason")
    String statusReason;
    @Column(name = "replaces_id")
    Long replacesId;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean servesIn(int year) {
        return status == DelegateStatus.ACTIVE && termStart <= year && year <= termEnd;
    }
}
