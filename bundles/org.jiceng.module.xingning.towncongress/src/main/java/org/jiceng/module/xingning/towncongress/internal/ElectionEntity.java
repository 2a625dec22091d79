package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDateTime;

import javax.persistence.*;

/** A by-election or the election of delegates to the higher congress, held at a session. */
@Entity
@Table(name = "xtc_election")
class ElectionEntity {
    @Id
    @SequenceGenerator(name = "xtc_election_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_election_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "session_id", nullable = false)
    long sessionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    ElectionKind kind;
    @Column(name = "agenda_item_id", nullable = false)
    long agendaItemId;
    @Column(name = "seats", nullable = false)
    int seats;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ElectionStatus status = ElectionStatus.OPEN;
    @Column(name = "voters_present")
    Integer votersPresent;
    @Column(name = "ballots_issued")
    Integer ballotsIssued;
    @Column(name = "ballots_returned")
    Integer ballotsReturned;
    @Column(name = "invalid_ballots")
    Integer invalidBallots;
    @Column(name = "seats_filled")
    Integer seatsFilled;
    @Column(name = "minutes")
    String minutes;
    @Column(name = "counted_by")
    String countedBy;
    @Column(name = "counted_at")
    LocalDateTime countedAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
