package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.*;

/** A delegates' proposal filed at a session, through acceptance, handling and reply. */
@Entity
@Table(name = "xtc_proposal")
class ProposalEntity {
    @Id
    @SequenceGenerator(name = "xtc_proposal_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_proposal_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "town_code", nullable = false)
    String townCode;
    @Column(name = "session_id", nullable = false)
    long sessionId;
    @Column(name = "session_year", nullable = false)
    int sessionYear;
    @Column(name = "title", nullable = false)
    String title;
    @Column(name = "content", nullable = false)
    String content;
    @Column(name = "lead_delegate_id", nullable = false)
    long leadDelegateId;
    @ElementCollection
    @CollectionTable(name = "xtc_proposal_cosigner", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "delegate_id")
    List<Long> cosigners = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    ProposalKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ProposalStatus status = ProposalStatus.FILED;
    @Column(name = "filed_on", nullable = false)
    LocalDate filedOn;
    @Column(name = "filed_by", nullable = false)
    String filedBy;
    @Column(name = "handling_unit")
    String handlingUnit;
    @Column(name = "deadline")
    LocalDate deadline;
    @Column(name = "problem_id")
    Long problemId;
    @Column(name = "handling_result")
    String handlingResult;
    @Column(name = "handled_on")
    LocalDate handledOn;
    @Column(name = "reply")
    String reply;
    @Column(name = "replied_on")
    LocalDate repliedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction")
    Rating satisfaction;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Finished: handled and answered. Anything else is carried into the next year's handling report. */
    boolean finished() {
        return status == ProposalStatus.REPLIED;
    }
}
