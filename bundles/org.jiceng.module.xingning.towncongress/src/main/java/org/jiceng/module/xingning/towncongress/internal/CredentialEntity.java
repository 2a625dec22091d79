package org.jiceng.module.xingning.towncongress.internal;

import javax.persistence.*;

/** A delegate's credential (代表证) for one session, and whether the delegate attended. */
@Entity
@Table(name = "xtc_credential")
class CredentialEntity {
    @Id
    @SequenceGenerator(name = "xtc_credential_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_credential_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "session_id", nullable = false)
    long sessionId;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
    @Column(name = "credential_no", nullable = false)
    String credentialNo;
    @Column(name = "present")
    Boolean present;
    @Column(name = "absence_reason")
    String absenceReason;
}
