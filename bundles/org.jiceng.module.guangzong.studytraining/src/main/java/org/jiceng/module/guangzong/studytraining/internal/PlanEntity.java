package org.jiceng.module.guangzong.studytraining.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** The county's 3-year training plan for members without a post (全县无职党员教育培训三年规划). */
@Entity
@Table(name = "gst_plan")
public class PlanEntity {
    @Id
    @SequenceGenerator(name = "gst_plan_seq", sequenceName = "gst_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_plan_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "start_year", nullable = false)
    int startYear;

    @Column(name = "end_year", nullable = false)
    int endYear;

    @Column(name = "content")
    String content;

    @Column(name = "entered_by", nullable = false)
    String enteredBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
