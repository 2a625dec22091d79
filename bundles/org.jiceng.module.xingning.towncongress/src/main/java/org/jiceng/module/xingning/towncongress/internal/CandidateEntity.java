package org.jiceng.module.xingning.towncongress.internal;

import javax.persistence.*;

/** A candidate of an election, with the votes counted and the outcome. */
@Entity
@Table(name = "xtc_candidate")
class CandidateEntity {
    @Id
    @SequenceGenerator(name = "xtc_candidate_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_candidate_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "election_id", nullable = false)
    long electionId;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "member_id")
    Long memberId;
    @Column(name = "votes")
    Integer votes;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    CandidateOutcome outcome;
}
