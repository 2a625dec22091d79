package org.jiceng.module.guangzong.studytraining.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A year's training plan under the 3-year plan; its targets per township are TargetEntity rows. */
@Entity
@Table(name = "gst_yearly_plan")
public class YearlyPlanEntity {
    @Id
    @SequenceGenerator(name = "gst_yearly_plan_seq", sequenceName = "gst_yearly_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_yearly_plan_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "plan_id", nullable = false)
    long planId;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
