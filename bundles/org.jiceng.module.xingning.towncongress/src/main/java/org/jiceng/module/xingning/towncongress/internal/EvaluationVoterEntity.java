package org.jiceng.module.xingning.towncongress.internal;

import javax.persistence.*;

/** That a delegate has cast the evaluation ballot of a session (kept apart from the ratings: the ballot is secret). */
@Entity
@Table(name = "xtc_evaluation_voter")
class EvaluationVoterEntity {
    @Id
    @SequenceGenerator(name = "xtc_voter_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_voter_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "session_id", nullable = false)
    long sessionId;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
}
