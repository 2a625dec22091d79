package org.jiceng.core.checklists.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** The answer to one criterion in an evaluation. */
@Entity
@Table(name = "checklist_answer")
public class AnswerEntity {
    @Id
    @SequenceGenerator(name = "checklist_answer_seq", sequenceName = "checklist_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_answer_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "evaluation_id")
    long evaluationId;

    @Column(name = "criterion_key")
    String criterionKey;

    @Column(name = "met")
    Boolean met;

    @Column(name = "score")
    BigDecimal score;

    @Column(name = "evidence")
    String evidence;

    @Column(name = "comment_text")
    String comment;
}
