package org.jiceng.module.xingning.towncongress.internal;

import javax.persistence.*;

/** One typed item of a session's agenda and its outcome. */
@Entity
@Table(name = "xtc_agenda_item")
class AgendaItemEntity {
    @Id
    @SequenceGenerator(name = "xtc_agenda_gen", sequenceName = "xtc_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xtc_agenda_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "session_id", nullable = false)
    long sessionId;
    @Column(name = "item_no", nullable = false)
    int number;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    AgendaItemType type;
    @Column(name = "title", nullable = false)
    String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    ItemStatus status = ItemStatus.PENDING;
    @Column(name = "outcome")
    String outcome;
    @Column(name = "votes_for")
    Integer votesFor;
    @Column(name = "votes_against")
    Integer votesAgainst;
    @Column(name = "abstentions")
    Integer abstentions;
    @Column(name = "adopted")
    Boolean adopted;
    @Column(name = "done_by")
    String doneBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
