package org.jiceng.core.checklists.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One version of a criteria set. */
@Entity
@Table(name = "checklist_set")
public class CriteriaSetEntity {
    @Id
    @SequenceGenerator(name = "checklist_set_seq", sequenceName = "checklist_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_set_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "set_key")
    String key;

    @Column(name = "name")
    String name;

    @Column(name = "set_version")
    int setVersion;

    @Column(name = "minimum_score")
    BigDecimal minimumScore;

    @Column(name = "minimum_share_met")
    BigDecimal minimumShareMet;

    @Column(name = "defined_at")
    LocalDateTime definedAt;
}
