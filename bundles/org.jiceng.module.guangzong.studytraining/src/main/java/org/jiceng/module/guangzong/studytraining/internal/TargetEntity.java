package org.jiceng.module.guangzong.studytraining.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** How many members without a post a township is to train in a yearly plan. */
@Entity
@Table(name = "gst_target")
public class TargetEntity {
    @Id
    @SequenceGenerator(name = "gst_target_seq", sequenceName = "gst_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_target_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "yearly_plan_id", nullable = false)
    long yearlyPlanId;

    @Column(name = "town_code", nullable = false)
    String townCode;

    @Column(name = "target", nullable = false)
    int target;
}
